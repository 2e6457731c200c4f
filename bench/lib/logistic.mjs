// Logistic regression by Newton's method, for the benchmarks that fit satzpaar's weights.
// examples: [[x1, x2, …], y] with y 0 or 1; ridge: an L2 penalty per example (0 = none), which
// keeps weights finite when a feature separates the classes. Returns [bias, ...weights].
export function fitLogistic(examples, { ridge = 0, iterations = 25 } = {}) {
  const n = examples[0][0].length + 1;
  let w = new Array(n).fill(0);
  const penalty = ridge * examples.length;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = w.map((wi, a) => (a === 0 ? 0 : -penalty * wi));
    const hessian = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === b ? (a === 0 ? 1e-6 : penalty + 1e-6) : 0)));
    for (const [x, y] of examples) {
      const v = [1, ...x];
      const p = 1 / (1 + Math.exp(-v.reduce((s, vi, k) => s + vi * w[k], 0)));
      for (let a = 0; a < n; a++) {
        gradient[a] += (y - p) * v[a];
        for (let b = 0; b < n; b++) hessian[a][b] += p * (1 - p) * v[a] * v[b];
      }
    }
    const step = solve(hessian, gradient);
    w = w.map((wi, k) => wi + step[k]);
  }
  return w;
}

function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}
