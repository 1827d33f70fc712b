import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Notice from './Notice.svelte';

describe('Notice', () => {
  it('announces an error as an alert and offers a retry', async () => {
    const onretry = vi.fn();
    render(Notice, { kind: 'error', message: 'Could not load geo/regions.json: HTTP 404', onretry });
    expect(screen.getByRole('alert').textContent).toContain('HTTP 404');
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(onretry).toHaveBeenCalledOnce();
  });

  it('announces information politely, without a button when there is nothing to retry', () => {
    render(Notice, { kind: 'info', message: 'Loading the map…' });
    expect(screen.getByRole('status').textContent).toContain('Loading the map');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
