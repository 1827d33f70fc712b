import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import raw from '../../../public/data/bundle.json';
import { parseBundle } from '../data/load.ts';
import DownloadDialog from './DownloadDialog.svelte';

const bundle = parseBundle(raw);

afterEach(() => vi.restoreAllMocks());

describe('DownloadDialog', () => {
  it('offers each table of the whole dataset with its row count, the data note, and links to the JSON bundle and its schema', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
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
    render(DownloadDialog, { bundle, onclose: vi.fn() });
    const dialog = screen.getByTestId('download-dialog');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe('Download the data');
    // The whole dataset, whatever the view: the partnerships button counts every record.
    const p = screen.getByTestId('download-partnerships.csv');
    expect(p.textContent).toBe(`Partnerships (${bundle.partnerships.length} rows)`);
    expect(screen.getByTestId('download-places.csv').textContent).toBe(`Places (${bundle.places.length} rows)`);
    await fireEvent.click(p);
    expect(names).toEqual(['partnerships.csv']);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).trim().split('\r\n')).toHaveLength(bundle.partnerships.length + 1);
    await fireEvent.click(screen.getByTestId('download-note'));
    expect(names.at(-1)).toBe('data-note.txt');
    expect(await blobs.at(-1)!.text()).toMatch(/^EU–China Partnership Atlas: the data\n/);
    // Same origin, relative: the JSON bundle and its schema.
    expect(screen.getByTestId('download-bundle').getAttribute('href')).toBe('data/bundle.json');
    expect(screen.getByTestId('download-schema').getAttribute('href')).toBe('data/bundle.schema.json');
    expect(dialog.textContent).not.toMatch(/\d{3}_[0-9a-f]+\.txt/);
  });

  it('says so when a download cannot be made', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    URL.createObjectURL = vi.fn(() => {
      throw new Error('no space');
    }) as never;
    render(DownloadDialog, { bundle, onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('download-note'));
    expect(screen.getByRole('alert').textContent).toBe('The download could not be made: no space');
  });
});
