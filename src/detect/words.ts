/** The words of the normalised text (single spaces separate them). */

/** A word of the normalised text; its text is sliced only when asked for (most never are). */
export class Word {
  private cached: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    this.cached ??= this.source.slice(this.start, this.end);
    return this.cached;
  }

  get startsWithDigit(): boolean {
    const code = this.source.charCodeAt(this.start);
    return code >= 48 && code <= 57;
  }
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let start = 0;
  for (let i = text.indexOf(' '); ; i = text.indexOf(' ', start)) {
    const end = i === -1 ? text.length : i;
    if (end > start) words.push(new Word(text, start, end));
    if (i === -1) return words;
    start = i + 1;
  }
}
