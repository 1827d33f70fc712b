import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ExportMenu from './ExportMenu.svelte';

afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('builds only the format asked for and downloads it under the view name', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    }) as never;
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const csv = vi.fn(() => 'id\r\nx\r\n');
    const geojson = vi.fn(() => '{}');
    const svg = vi.fn(() => '<svg/>');
    render(ExportMenu, { props: { basename: 'atlas-2014-2017', csv, geojson, svg } });
    await fireEvent.click(screen.getByTestId('export-csv'));
    expect(csv).toHaveBeenCalledOnce();
    expect(geojson).not.toHaveBeenCalled();
    expect(names).toEqual(['atlas-2014-2017.csv']);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0].text()).toBe('id\r\nx\r\n');
    await fireEvent.click(screen.getByTestId('export-svg'));
    expect(names.at(-1)).toBe('atlas-2014-2017.svg');
  });

  it('offers PNG only with a live map, at the chosen pixel ratio, and says so when it fails', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x') as never;
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const base = { basename: 'v', csv: () => '', geojson: () => '', svg: () => '' };
    const { unmount } = render(ExportMenu, { props: base });
    expect(screen.queryByTestId('export-png')).toBeNull();
    unmount();
    let fail = false;
    const png = vi.fn(async () => {
      if (fail) throw new Error('no context');
      return new Blob(['x'], { type: 'image/png' });
    });
    render(ExportMenu, { props: { ...base, png } });
    await fireEvent.change(screen.getByTestId('export-png-scale'), { target: { value: '3' } });
    await fireEvent.click(screen.getByTestId('export-png'));
    await vi.waitFor(() => expect(names).toEqual(['v.3x.png']));
    expect(png).toHaveBeenCalledWith(3);
    fail = true;
    await fireEvent.click(screen.getByTestId('export-png'));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The PNG could not be made: no context'));
  });
});
