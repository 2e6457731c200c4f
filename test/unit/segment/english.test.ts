import { describe, expect, it } from 'vitest';
import { expectWhole, split } from './helpers.js';

describe('segment: English', () => {
  it('ends sentences at . ! ? and runs of them', () => {
    expect(split('The build passed. Did the deploy run? It did!! Great?! Yes.', 'en'))
      .toEqual(['The build passed.', 'Did the deploy run?', 'It did!!', 'Great?!', 'Yes.']);
  });

  it('keeps titles and other prepositive abbreviations with the name that follows', () => {
    expectWhole('Yesterday Dr. Alvarez met Prof. Okafor and Mrs. Lee at noon.', 'en');
    expectWhole('Bring two things, e.g. a torch and a map, i.e. the basics.', 'en');
  });

  it('ends a sentence after a company abbreviation only when a sentence starter follows', () => {
    expect(split('The contract went to Northwind Inc. They start in May.', 'en'))
      .toEqual(['The contract went to Northwind Inc.', 'They start in May.']);
    expectWhole('The contract went to Northwind Inc. last week.', 'en');
    expectWhole('A GmbH & Co. KG is a German partnership.', 'en');
  });

  it('ends a sentence after a name in capitals that is also a listed abbreviation ("APT" is not "apt.", apartment)', () => {
    expect(split('These are instructions for the configuration of APT. APT includes them in order.', 'en'))
      .toEqual(['These are instructions for the configuration of APT.', 'APT includes them in order.']);
    expectWhole('She lives in apt. Seven on the second floor.', 'en');
  });

  it('treats capital initials as part of a name but "I." after a lower-case word as an end', () => {
    expectWhole('The letter was signed by Harold T. Finch and J.R. Ewing.', 'en');
    expect(split('Nobody came except me and I. Then the lights went out.', 'en'))
      .toEqual(['Nobody came except me and I.', 'Then the lights went out.']);
  });

  it('ends a sentence after a capital standing for a thing before a sentence starter, not after an initial', () => {
    expect(split('Package A depends on Package B if B must be installed to run A. In some cases, A depends on a version of B.', 'en'))
      .toEqual(['Package A depends on Package B if B must be installed to run A.', 'In some cases, A depends on a version of B.']);
    expect(split('We fall back to Plan B. The rest stays.', 'en')).toEqual(['We fall back to Plan B.', 'The rest stays.']);
    expectWhole('The books of A. A. Milne and the speeches of John F. Kennedy were read.', 'en');
    expectWhole('Q. What is a package?', 'en');
  });

  it('splits after "U.S." before a sentence starter, not before a name', () => {
    expect(split('Sales grew in the U.S. The U.S. Senate was not impressed.', 'en'))
      .toEqual(['Sales grew in the U.S.', 'The U.S. Senate was not impressed.']);
    expectWhole('She served in the U.S. Navy for a decade.', 'en');
  });

  it('handles a.m. and p.m. at the end and inside a sentence', () => {
    expect(split('The shop closes at 9 p.m. Staff leave at ten.', 'en'))
      .toEqual(['The shop closes at 9 p.m.', 'Staff leave at ten.']);
    expectWhole('By 7 a.m. Mr. Gray had left the house.', 'en');
  });

  it('does not split decimals, amounts and version numbers, but a number may end a sentence', () => {
    expectWhole('The fee is $12.50 per user and rises by 2.5 percent.', 'en');
    expect(split('They shipped 4,000. Most arrived late.', 'en')).toEqual(['They shipped 4,000.', 'Most arrived late.']);
  });

  it('reads ellipses: inside a sentence, at its end, and opening the next one', () => {
    expectWhole('I thought ... well, never mind . . . it is fine.', 'en');
    expect(split('We waited and waited... Nobody came.', 'en')).toEqual(['We waited and waited...', 'Nobody came.']);
    expect(split('The quote ends here . . . . A new sentence follows.', 'en'))
      .toEqual(['The quote ends here . . . .', 'A new sentence follows.']);
    expect(split('It was over. . . . Then it began again.', 'en')).toEqual(['It was over.', '. . . Then it began again.']);
    expectWhole('"Rivers [...] shape the valley [...]" (Brown 12).', 'en');
  });

  it('keeps quotations and brackets together and ends after a closing quote when a sentence follows', () => {
    expectWhole('He shouted, "Run. Now." and ran himself.', 'en');
    expect(split('She said, "We are done." Then she left.', 'en')).toEqual(['She said, "We are done."', 'Then she left.']);
    expect(split('It was late. “Go home,” he said. “Now.”', 'en')).toEqual(['It was late.', '“Go home,” he said.', '“Now.”']);
    expectWhole('The tool (it was written in 2019. Yes, that long ago.) still works.', 'en');
    expect(split('"Stop it--" The door slammed.', 'en')).toEqual(['"Stop it--"', 'The door slammed.']);
  });

  it('keeps the exclamation mark of "Yahoo!" inside the sentence', () => {
    expectWhole('He left Yahoo! Research for a startup.', 'en');
    expectWhole('She works at Yahoo! in the finance team.', 'en');
  });

  it('splits inline numbered, lettered and bulleted lists into items', () => {
    expect(split('1. Open the lid 2. Pour the water 3. Close the lid', 'en'))
      .toEqual(['1. Open the lid', '2. Pour the water', '3. Close the lid']);
    expect(split('a) red b) green c) blue', 'en')).toEqual(['a) red', 'b) green', 'c) blue']);
    expect(split('• first point • second point', 'en')).toEqual(['• first point', '• second point']);
    expect(split('Choose one. 1.) Tea 2.) Coffee', 'en')).toEqual(['Choose one.', '1.) Tea', '2.) Coffee']);
    expectWhole('For item 1. above and item 2. above there is no fee.', 'en');
  });

  it('keeps a multi-level section number with its heading, and still ends a sentence after a version number', () => {
    expectWhole('5.1. New packages', 'en');
    expectWhole('8.10.2. Getting the Sources', 'en');
    expect(split('Read 5.1. Then go on.', 'en')).toEqual(['Read 5.1.', 'Then go on.']);
    expect(split('We upgraded to 2.4.1. It works.', 'en')).toEqual(['We upgraded to 2.4.1.', 'It works.']);
  });

  it('does not split inside URLs and e-mail addresses but after them', () => {
    expect(split('Write to ops.team@example.org. We answer fast.', 'en'))
      .toEqual(['Write to ops.team@example.org.', 'We answer fast.']);
    expect(split('See https://docs.example.com/v2/Setup.html. It explains everything.', 'en'))
      .toEqual(['See https://docs.example.com/v2/Setup.html.', 'It explains everything.']);
    expectWhole('Visit www.shop.Example.com today', 'en');
  });

  it('splits where the space after a full stop is missing', () => {
    expect(split('It jammed the traffic.The police came.', 'en')).toEqual(['It jammed the traffic.', 'The police came.']);
  });

  it('keeps footnote markers with the sentence they follow', () => {
    expect(split('The river floods often.[3][4] Farmers adapt.', 'en')).toEqual(['The river floods often.[3][4]', 'Farmers adapt.']);
    expect(split('Costs rose sharply.12 Prices followed.', 'en')).toEqual(['Costs rose sharply.12', 'Prices followed.']);
  });

  it('lets a number open a sentence after a word or a question, not after "No." or a page reference', () => {
    expect(split('The plant opened in spring. 40 people work there.', 'en')).toEqual(['The plant opened in spring.', '40 people work there.']);
    expect(split('Who came? 12 of them.', 'en')).toEqual(['Who came?', '12 of them.']);
    expectWhole('He wore No. 5 and cited p. 12 of the report.', 'en');
  });

  it('does not end a sentence after a period followed by a lower-case word', () => {
    expectWhole('The approx. cost is low and the misc. items are free.', 'en');
  });
});
