import { SignInQueue } from './sign-in.queue';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the per-username sign-in queue', () => {
  it('runs the attempts of one username one after another, in arrival order', async () => {
    const queue = new SignInQueue();
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const attempt = (name: string) => async () => {
      running += 1;
      most = Math.max(most, running);
      order.push(`start ${name}`);
      await tick();
      order.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((name) => queue.run('alice', attempt(name), () => 'busy')));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    await tick();
    expect(queue.size).toBe(0);
  });

  it('lets other usernames run at the same time', async () => {
    const queue = new SignInQueue();
    let running = 0;
    let most = 0;
    const attempt = async () => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
    };
    await Promise.all(['alice', 'bob', 'carol'].map((user) => queue.run(user, attempt, () => undefined)));
    expect(most).toBe(3);
  });

  it('goes on after a failed attempt and answers busy when too many wait', async () => {
    const queue = new SignInQueue(2);
    const failing = queue.run('alice', () => Promise.reject(new Error('boom')), () => 'busy');
    const next = queue.run('alice', async () => 'ok', () => 'busy');
    const third = queue.run('alice', async () => 'ok', () => 'busy');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
    await expect(third).resolves.toBe('busy');
  });
});
