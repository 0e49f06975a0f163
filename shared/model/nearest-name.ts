/**
 * The candidate closest to `word` by edit distance when close enough to be a likely typo, else
 * the shortest candidate that `word` abbreviates (`int` for `integer`).
 */
export function nearestName(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let abbreviated: string | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (word.length >= 3 && candidate.toLowerCase().startsWith(word.toLowerCase()) && (!abbreviated || candidate.length < abbreviated.length)) {
      abbreviated = candidate;
    }
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? abbreviated;
}

// Levenshtein distance, giving up (returning `cap`) once it cannot be below `cap`.
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return Math.min(previous[b.length], cap);
}
