/** Where an expression gets time, chance and identity, so a test can fix all three. */
export interface ExpressionEnv {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
  /** A number in [0, 1), as Math.random(). */
  random(): number;
  /** A random UUID in its canonical form. */
  uuid(): string;
}

interface CryptoLike {
  randomUUID?(): string;
}

/** The real clock, Math.random and the platform's crypto.randomUUID. */
export const systemEnv: ExpressionEnv = {
  now: () => Date.now(),
  random: () => Math.random(),
  uuid: () => {
    const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
    return crypto?.randomUUID ? crypto.randomUUID() : uuidFrom(Math.random);
  },
};

/** A version-4 UUID built from a source of random numbers in [0, 1). */
export function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16));
  hex[12] = 4;
  hex[16] = (hex[16]! & 0x3) | 0x8;
  const s = hex.map((d) => d.toString(16)).join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
