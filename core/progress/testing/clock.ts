/** A clock a test moves by hand (pass `now` to openProgressStore), so time limits are tested without waiting. */
export class TestClock {
  #ms = Date.parse('2025-03-01T09:00:00.000Z');
  readonly now = () => new Date(this.#ms);
  advance(ms: number): void {
    this.#ms += ms;
  }
}
