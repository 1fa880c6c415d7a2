// Short forms of names the post gave in full (utils/analysis/short-forms.ts).
import { describe, expect, it } from 'vitest';
import { newsWordBack } from '../../utils/analysis/short-forms';

describe('newsWordBack', () => {
  const earlier = [{ outlet: 'Kirkholm Herald' }];
  it('reads a newsroom’s word the table knows as the post’s paper that ends on it', () => {
    expect(newsWordBack('The Herald', 'The Herald adds:', 'The Herald', earlier)?.outlet).toBe(
      'Kirkholm Herald',
    );
  });
  it('leaves other words, other papers and the same outlet alone', () => {
    expect(newsWordBack('The Times', 'The Times adds:', 'The Times', earlier)).toBeNull();
    expect(newsWordBack('Reuters', 'Reuters adds:', 'Reuters', [{ outlet: 'Kirkholm Reuters' }])).toBeNull();
    expect(
      newsWordBack('The Herald', 'The Herald adds:', 'Kirkholm Herald', [{ outlet: 'Kirkholm Herald' }]),
    ).toBeNull();
  });
});
