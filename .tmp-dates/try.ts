import { makeDoc } from '../data-loaders/doc/make.ts';
import { runStages } from '../data-loaders/extract/index.ts';
const cases: Array<[string,string|null]> = [
 ['On the 12th (local time), the president visited the flooded region, which rebels had seized last August.', '2025-03-13'],
 ['Officials said on Wednesday that talks will resume on Friday.', '2025-03-13'],
 ['The storm hit at the end of April and again last summer.', '2025-03-13'],
 ['The vote was held on 12 March 2025 and results came March 12.', '2025-03-13'],
 ['Earlier this week, the minister resigned. Last month, prices rose. Yesterday the market fell. Last night a fire broke out.', '2025-03-13'],
 ['The curfew runs from 8:00 pm Tuesday until 8:00 am on Wednesday, at 1700 GMT.', '2025-03-13'],
 ['Last December the company cut jobs; in December sales slumped.', '2025-01-03'],
 ['Parliament will vote in January. Protests began in January.', '2024-12-29'],
 ['The law passed next January and last January.', '2024-12-29'],
 ['Theresa May said the plan may work. Troops march on. In 2022 and since 2014, by 2030.', '2025-03-13'],
 ['The EU adopted its 17th sanctions package. The quake on 3/12/2025 killed 40.', '2025-03-13'],
 ['It happened three days ago and two weeks ago, a year ago.', '2025-03-13'],
 ['since August 6 last year, on Aug. 6, 2024', '2025-03-13'],
 ['Elections were held on 12 March 2025.', null],
 ['He met her on Wednesday.', null],
];
for (const [t,p] of cases) {
  const d = runStages(makeDoc(t, {published: p ?? undefined}), ['dates']);
  console.log(p, t); for (const m of d.layers.dates) console.log('   ', JSON.stringify(m.text), m.iso, m.precision, m.relative);
}
