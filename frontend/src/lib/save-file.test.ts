import { afterEach, describe, expect, it, vi } from 'vitest';
import { filenameFromDisposition, saveBlob } from '@/lib/save-file';

describe('filenameFromDisposition', () => {
  it('takes the quoted or bare file name', () => {
    expect(filenameFromDisposition('attachment; filename="funnel.csv"', 'x')).toBe('funnel.csv');
    expect(filenameFromDisposition('attachment; filename=needs.xlsx', 'x')).toBe('needs.xlsx');
  });

  it('prefers the UTF-8 name and never keeps a path', () => {
    expect(filenameFromDisposition(`attachment; filename="a.csv"; filename*=UTF-8''voortgang%20%C3%A9%C3%A9n.csv`, 'x')).toBe(
      'voortgang één.csv',
    );
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
  });

  it('falls back when the header names no file', () => {
    expect(filenameFromDisposition(null, 'report.csv')).toBe('report.csv');
    expect(filenameFromDisposition('attachment', 'report.csv')).toBe('report.csv');
  });
});

describe('saveBlob', () => {
  // jsdom has no object URLs: put stand-ins in place for one test and take them away after
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    vi.useRealTimers();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('clicks a download link to an object URL and revokes the URL afterwards', () => {
    vi.useFakeTimers();
    const create = vi.fn(() => 'blob:report');
    const revoke = vi.fn();
    URL.createObjectURL = create;
    URL.revokeObjectURL = revoke;
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    saveBlob(new Blob(['a,b']), 'funnel.csv');

    expect(click).toHaveBeenCalledOnce();
    expect(clicked[0]!.download).toBe('funnel.csv');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:report');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith('blob:report');
  });
});
