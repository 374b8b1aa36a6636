/**
 * A progress bar on the terminal (one line redrawn), or a line every tenth of the way when the
 * output is not a terminal (CI logs), with the rate and the time left.
 */
export class Progress {
  private doneUnits = 0;
  private readonly started = Date.now();
  private lastTenth = -1;

  constructor(
    private readonly title: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stdout,
  ) {}

  advance(units: number, what: string): void {
    this.doneUnits = Math.min(this.total, this.doneUnits + units);
    const share = this.total === 0 ? 1 : this.doneUnits / this.total;
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.doneUnits / seconds : 0;
    const left = rate > 0 ? (this.total - this.doneUnits) / rate : 0;
    const figures = `${(share * 100).toFixed(1)}% ${Math.round(this.doneUnits).toLocaleString('en')}/${this.total.toLocaleString('en')} rows, ${Math.round(rate).toLocaleString('en')}/s, ${Math.round(left)} s left (${what})`;
    if (this.out.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      this.out.write(`\r${this.title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${figures}\u001b[K`);
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth > this.lastTenth) {
        this.lastTenth = tenth;
        this.out.write(`${this.title}: ${figures}\n`);
      }
    }
  }

  done(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
