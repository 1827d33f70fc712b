/** Global keyboard shortcuts of the period player, as a pure mapping. */
export type KeyAction = 'prev' | 'next' | 'toggle-play' | 'first' | 'last' | 'clear';

export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  target?: EventTarget | null;
}

/** True when the key belongs to a field or control that handles it itself. */
function ownsKeys(target: EventTarget | null | undefined): boolean {
  const el = target as (HTMLElement & { type?: string }) | null | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag === 'input') return !['checkbox', 'radio', 'button'].includes(el.type ?? 'text');
  // The map canvas pans with the arrow keys.
  if (tag === 'canvas') return true;
  // Composite widgets move their own focus with the arrows (tabs, listbox options, sliders…).
  const role = typeof el.getAttribute === 'function' ? el.getAttribute('role') : null;
  return role !== null && ['tab', 'option', 'slider', 'menuitem', 'radio', 'gridcell'].includes(role);
}

export function keyAction(e: KeyLike): KeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Escape') return 'clear';
  if (ownsKeys(e.target)) return null;
  const tag = (e.target as HTMLElement | null)?.tagName?.toLowerCase();
  switch (e.key) {
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowRight':
      return 'next';
    case ' ':
    case 'Spacebar':
      // Space on a focused button presses that button.
      return tag === 'button' || tag === 'a' || tag === 'summary' ? null : 'toggle-play';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** Keys of presenter mode: arrows, page keys (what presentation clickers send), Space, Home/End, Escape. */
export type PresenterAction = 'prev' | 'next' | 'first' | 'last' | 'exit';

export function presenterKey(e: KeyLike): PresenterAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Escape') return 'exit';
  const tag = (e.target as HTMLElement | null)?.tagName?.toLowerCase();
  // Form fields in the presenter's controls (pace) keep their own keys.
  if (tag === 'input' || tag === 'select' || tag === 'textarea') return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      // Space on a focused button presses that button.
      return tag === 'button' ? null : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}
