import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, chromiumArgs, CHROMIUM_CANDIDATES, findChromium } from './chromium.ts';

describe('findChromium', () => {
  it('prefers CHROME_PATH when the file exists', () => {
    expect(findChromium({ CHROME_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
  });

  it('fails clearly when CHROME_PATH points at nothing', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope' }, () => false)).toThrow('CHROME_PATH is set to "/nope"');
  });

  it('falls back to the first common path that exists', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('says how to install one when none is found', () => {
    expect(() => findChromium({}, () => false)).toThrow(BrowserNotFoundError);
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
    expect(CHROMIUM_CANDIDATES.length).toBeGreaterThan(2);
  });
});

describe('chromiumArgs', () => {
  it('asks for SwiftShader WebGL and no background traffic', () => {
    const args = chromiumArgs();
    expect(args).toEqual(expect.arrayContaining(['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking']));
    expect(chromiumArgs({ webgl: false })).toEqual(expect.arrayContaining(['--disable-webgl']));
  });
});
