import { navigate } from '../navigation/router.ts';

/**
 * The address of the results the associate last looked at (`/orders?customer=anna`), so an order's
 * details lead back to them and not to an empty search. Kept for this page's life only: a reload that
 * lands on an order's details leads back to Find an order.
 */
let address = '/orders';
/** Whether the details on screen were opened from those results, the step before in the browser's history. */
let openedFromResults = false;

export function rememberResults(path: string): void {
  address = path;
  openedFromResults = false;
}

/** An order's details are opened from the results. */
export function openFromResults(path: string): void {
  navigate(path);
  openedFromResults = true;
}

/**
 * Back to the results: the browser's Back when the details came from them, so Forward still leads to
 * the details; otherwise to the results last seen, as a new step.
 */
export function backToResults(): void {
  if (openedFromResults) window.history.back();
  else navigate(address);
}
