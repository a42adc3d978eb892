/**
 * For the apps' component tests: what a screen reader reads for an input besides its label, the text of
 * the elements its aria-describedby names (where TextField puts the input's error).
 */
export const descriptionOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
