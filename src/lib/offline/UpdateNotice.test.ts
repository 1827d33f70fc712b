import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import UpdateNotice from './UpdateNotice.svelte';

describe('UpdateNotice', () => {
  it('says politely that a new version is ready, and Reload moves to it once', async () => {
    const onreload = vi.fn();
    render(UpdateNotice, { onreload });
    const notice = screen.getByRole('status', { name: 'New version' });
    expect(notice.textContent).toContain('A new version of the atlas is ready.');
    expect(notice.textContent).toContain('until you reload');
    await fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onreload).toHaveBeenCalledOnce();
    // While the new version takes over, the buttons say so and cannot be pressed twice.
    const busy = screen.getByRole('button', { name: 'Reloading…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    await fireEvent.click(busy);
    expect(onreload).toHaveBeenCalledOnce();
    expect((screen.getByRole('button', { name: 'Later' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('goes away on Later, keeping this version', async () => {
    const onreload = vi.fn();
    render(UpdateNotice, { onreload });
    await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(onreload).not.toHaveBeenCalled();
  });
});
