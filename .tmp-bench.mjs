import * as chrono from 'chrono-node';
import { readFileSync, readdirSync } from 'node:fs';
const dir='corpus/kursk-2025/articles/';
let text = readdirSync(dir).map(f=>readFileSync(dir+f,'utf8')).join('\n');
let big=''; while (big.length < 1e6) big += text + '\n';
const sents = big.split(/(?<=[.!?])\s+|\n/).filter(Boolean);
const cue = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|ago|(?:last|next|this|past|coming|earlier|later)\s+(?:week|month|year|night|morning|evening|weekend|spring|summer|autumn|fall|winter|decade)|\d+(?:st|nd|rd|th)|\d{4}-\d\d-\d\d|(?:19|20)\d\d)\b/i;
let t0=performance.now(); let n=0, bytes=0;
const cs = sents.filter(s=>cue.test(s));
let t1=performance.now();
const ref=new Date(Date.UTC(2025,2,13,12));
for (const s of cs) { n += chrono.en.casual.parse(s,{instant:ref,timezone:0},{forwardDate:false}).length; }
let t2=performance.now();
console.log('bytes',big.length,'sents',sents.length,'cue',cs.length,'cuebytes',cs.reduce((a,s)=>a+s.length,0),'results',n,'filter ms',t1-t0,'chrono ms',t2-t1, 'MB/s', big.length/1e6/((t2-t0)/1000));
t1=performance.now();
for (const s of cs) { n += chrono.en.strict.parse(s,{instant:ref,timezone:0},{forwardDate:false}).length; }
t2=performance.now(); console.log('strict ms', t2-t1);
