import { expect, test } from 'vitest';
import { qualifierBefore } from '../../../src/analysis/qualifiers.js';

const q = (s: string) => qualifierBefore(s, s.indexOf('#'));

test.each([
  ['up to #', 'up_to'], ['as much as #', 'up_to'], ['hasta #', 'up_to'], ['até #', 'up_to'], ["jusqu'à #", 'up_to'], ['jusqu’à #', 'up_to'], ['bis zu #', 'up_to'],
  ['about #', 'about'], ['roughly #', 'about'], ['nearly #', 'about'], ['unos #', 'about'], ['alrededor del #', 'about'], ['casi un #', 'about'], ['cerca de #', 'about'],
  ['environ #', 'about'], ['près de #', 'about'], ['rund #', 'about'], ['knapp #', 'about'], ['etwa #', 'about'], ['cercana al #', 'about'],
  ['more than #', 'more_than'], ['más de un #', 'more_than'], ['mais de #', 'more_than'], ['plus de #', 'more_than'], ['mehr als #', 'more_than'], ['um gut #', 'more_than'],
  ['less than #', 'less_than'], ['menos de #', 'less_than'], ['moins de #', 'less_than'], ['weniger als #', 'less_than'],
  ['about US$#', 'about'], ['roughly an #', 'about'], ['signed a #', 'exact'], ['über #', 'exact'], ['um über #', 'more_than'],
] as const)('%s -> %s', (s, want) => {
  expect(q(s)).toBe(want);
});
