/**
 * Brings a cell's output into view after it runs, only when some of it is out of view: a glance
 * is enough when it is already there, and the page should not jump. Smooth, unless the person
 * asked for reduced motion.
 */
export function reveal(element: Element): void {
  const box = element.getBoundingClientRect();
  if (box.height === 0) return;
  const view = document.documentElement.clientHeight;
  if (box.top >= 0 && box.bottom <= view) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // An output taller than the screen shows from its start; a shorter one scrolls no further
  // than needed.
  element.scrollIntoView({
    block: box.height > view ? 'start' : 'nearest',
    behavior: still ? 'instant' : 'smooth',
  });
}
