// Forums' markup (forum-quote.ts, thread.ts): vBulletin's post bodies in blockquotes, a quote box's bare label
// and its title line, in English and in vBulletin's Arabic; a travel forum's "<handle> wrote:" box, and a thread
// of three posts by two posters.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import {
  FORUM_QUOTE_TITLE,
  isForumQuoteCite,
  isPostBodyQuote,
  titledForumQuote,
} from '../../utils/analysis/forum-quote';
import { threadRoot } from '../../utils/analysis/thread';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function fragment(html: string): Element {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc.body;
}

describe('vBulletin’s markup (forum-quote.ts)', () => {
  it('knows a post body blockquote by its class, and no other blockquote', () => {
    const body = fragment(
      '<blockquote class="postcontent restore">a</blockquote><blockquote class="messageText ugc">b</blockquote><blockquote class="wp-block-quote">c</blockquote><div class="postcontent">d</div>',
    );
    const [vb, xf, wp, div] = Array.from(body.children);
    expect(isPostBodyQuote(vb)).toBe(true);
    expect(isPostBodyQuote(xf)).toBe(true);
    expect(isPostBodyQuote(wp)).toBe(false);
    expect(isPostBodyQuote(div)).toBe(false);
  });

  it('reads the Arabic "Originally Posted by" as a quote’s title naming the poster', () => {
    expect(FORUM_QUOTE_TITLE.exec('المشاركة الأصلية كتبت بواسطة سامي_ح')?.[1]).toBe('سامي_ح');
    expect(FORUM_QUOTE_TITLE.exec('Originally Posted by carpdad')?.[1]).toBe('carpdad');
    expect(FORUM_QUOTE_TITLE.test('سمعته من جارنا')).toBe(false);
  });

  it('leaves a quote box’s title line and bare label out of its words, and only those', () => {
    const body = fragment(
      '<div class="bbcode_container"><div class="bbcode_description">اقتباس:</div><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_postedby">Originally Posted by <strong>carpdad</strong></div><div class="message">The words.</div></div></div></div>' +
        '<div><div class="note">Quote:</div><div class="panel">Not a quote box.</div></div>' +
        '<div class="bbcode_quote"><div class="bbcode_postedby">Posted on Monday at the pier</div><div class="message">Words.</div></div>',
    );
    const [label, box] = Array.from(body.querySelectorAll('.bbcode_description, .bbcode_quote'));
    expect(isForumQuoteCite(label)).toBe(true);
    expect(isForumQuoteCite(body.querySelector('.bbcode_postedby')!)).toBe(true);
    expect(titledForumQuote(box)).toBe(true);
    expect(isForumQuoteCite(body.querySelector('.note')!)).toBe(false);
    const untitled = body.querySelectorAll('.bbcode_quote')[1];
    expect(isForumQuoteCite(untitled.querySelector('.bbcode_postedby')!)).toBe(false);
    expect(titledForumQuote(untitled)).toBe(false);
  });

  it('reads the quotes inside a post body, not the body itself', () => {
    const doc = document.implementation.createHTMLDocument('Thread');
    doc.body.innerHTML =
      '<div id="posts"><blockquote class="postcontent restore">We got this notice from the council today, taped to the lobby door:<br><br><div class="bbcode_container"><div class="bbcode_description">Quote:</div><div class="bbcode_quote"><div class="quote_container">The water supply to Mill Street will be interrupted on Tuesday from 8am to 4pm for the replacement of a main valve.</div></div></div><br>So no water all day Tuesday, then. Does anyone know if the tanker is coming round?</blockquote></div>';
    const quotes = analyzePage(doc, {
      url: 'https://forum.example/showthread.php?t=1',
      outlets: defaultOutlets,
    }).report.quotes;
    expect(quotes.map((q) => q.text.slice(0, 20))).toEqual(['The water supply to ']);
  });
});

describe('a travel forum’s quote of a reply (titledForumQuote, threadRoot)', () => {
  it('knows a box titled "<handle> wrote:" in its first element, with nothing before it', () => {
    const body = fragment(
      '<div class="q"><b>Marit_Bergen wrote:</b><br>Take the bus.</div>' +
        '<div class="q">Note: <b>Marit_Bergen wrote:</b><br>Take the bus.</div>' +
        '<div class="q"><b>Timetable</b><br>Daily at ten.</div>',
    );
    const [titled, late, label] = Array.from(body.children);
    expect(titledForumQuote(titled)).toBe(true);
    expect(titledForumQuote(late)).toBe(false);
    expect(titledForumQuote(label)).toBe(false);
  });

  const thread = (posters: string[]) => {
    const doc = document.implementation.createHTMLDocument('Forum');
    doc.body.innerHTML = `<div id="topic">${posters
      .map(
        (p, i) =>
          `<div class="post"><div class="username"><a href="/Profile/${p}">${p}</a></div><div class="postBody"><p>Post ${i} of the thread about the winter ferry, its timetable and the bus that replaces it when the sea is rough.</p></div></div>`,
      )
      .join('')}</div>`;
    return doc;
  };

  it('reads three posts by two posters as a thread, the asker answering a reply', () => {
    const doc = thread(['dave_w', 'marit_b', 'dave_w']);
    const topic = doc.getElementById('topic')!;
    expect(threadRoot(doc, topic, 'https://forum.example/ShowTopic-1.html')).toBe(topic);
  });

  it('reads no thread when one poster wrote them all', () => {
    const doc = thread(['dave_w', 'dave_w', 'dave_w']);
    expect(
      threadRoot(doc, doc.getElementById('topic')!, 'https://forum.example/ShowTopic-1.html'),
    ).toBeNull();
  });
});
