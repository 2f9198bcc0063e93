// The status line in the top bar (#status): what the page is doing, with data-* attributes tests and
// scripts read (data-state, data-loaded-layers, data-coverage-rate, …).
const statusEl = document.getElementById('status')!;

export type SetStatus = (text: string, state: string, data?: Record<string, string>) => void;

export const setStatus: SetStatus = (text, state, data = {}) => {
  statusEl.textContent = text;
  statusEl.dataset.state = state;
  for (const [k, v] of Object.entries(data)) statusEl.dataset[k] = v;
};
