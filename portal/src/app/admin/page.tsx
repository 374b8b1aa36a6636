/** `/admin`: the admin console starts at its account list. */
import { redirect } from 'next/navigation';

export default function AdminPage(): never {
  redirect('/admin/accounts');
}
