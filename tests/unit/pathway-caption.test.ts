/**
 * A figure's default caption names the imported pathway files it draws, beside the
 * review's citation when it draws the review's relations too, alone when it draws only
 * imported ones (so a figure of a public pathway is not credited to the review).
 */
import { describe, expect, it } from 'vitest';
import { defaultCaption } from '../../src/export/figure';

const review = { en: 'Niu et al., 2025', zh: '牛等，2025' };

describe('defaultCaption', () => {
  it('is the review alone when nothing imported is drawn', () => {
    expect(defaultCaption('en', review)).toBe('Source: Niu et al., 2025.');
  });
  it('names the files beside the review', () => {
    expect(defaultCaption('en', review, { files: ['WP3614.gpml', 'x.cx2'], reviewToo: true })).toBe(
      'Source: Niu et al., 2025. Imported pathways: WP3614.gpml, x.cx2 (not statements of the review).',
    );
  });
  it('names only the files when only imported relations are drawn, in Chinese too', () => {
    expect(defaultCaption('en', review, { files: ['WP3614.gpml'], reviewToo: false })).toBe(
      'Imported pathways: WP3614.gpml (not statements of the review).',
    );
    expect(defaultCaption('zh', review, { files: ['WP3614.gpml'], reviewToo: false })).toBe(
      '导入的通路：WP3614.gpml（并非综述的陈述）。',
    );
  });
});
