import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Notices from './Notices.svelte';

describe('Notices', () => {
  it('lists each notice as plain text with its own dismiss button', () => {
    const ondismiss = vi.fn();
    render(Notices, { notices: ['Ignored period "<b>1990</b>"', 'Ignored unknown parameter "zoom".'], ondismiss });
    const list = screen.getByTestId('url-notices');
    expect(list.getAttribute('role')).toBe('status');
    // A list inside the live region, its items in it (a list with role="status" would leave them orphaned).
    expect(screen.getByRole('list').querySelectorAll(':scope > li')).toHaveLength(2);
    expect(list.querySelector('b')).toBeNull();
    expect(list.textContent).toContain('Ignored period "<b>1990</b>"');
    const buttons = screen.getAllByRole('button', { name: 'Dismiss notice' });
    expect(buttons).toHaveLength(2);
    buttons[1].click();
    expect(ondismiss).toHaveBeenCalledWith(1);
  });

  it('shows nothing when there is nothing to say', () => {
    render(Notices, { notices: [], ondismiss: () => {} });
    expect(screen.queryByTestId('url-notices')).toBeNull();
  });
});
