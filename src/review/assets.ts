import { createHash } from 'node:crypto';

/**
 * The inline CSS and scripts of the review pages. They are constants, so each page's Content Security Policy can
 * allow exactly these by hash and nothing else: no inline handler, injected <script> or remote load can run even if
 * escaping ever failed.
 */

/** Colours per mention type, also used by the legend and the chart. */
export const TYPE_COLOURS = {
  person: '#f6c28b',
  place: '#9fd3a8',
  organization: '#b9c7f2',
  date: '#f3a6c8',
  money: '#e6dc7a',
  quote: '#d9d9d9',
} as const;

export const STYLE = `
:root{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fafafa}
body{margin:0}header,main,footer{max-width:1280px;margin:0 auto;padding:0 16px}
header{padding-top:12px}h1{font-size:1.3rem;margin:.4em 0}nav a{margin-right:1em}
.meta{color:#555;font-size:.9rem}.legend span{display:inline-block;margin:0 6px 4px 0;padding:1px 6px;border-radius:3px;font-size:.85rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:20px;align-items:start}
.side{overflow-x:auto}.side td{overflow-wrap:break-word}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 20px;line-height:1.8}
mark.m{border-radius:3px;padding:1px 0;color:inherit;cursor:help}mark.m:focus{outline:2px solid #0b57d0;outline-offset:1px}
${Object.entries({ person: 'person', place: 'place', organization: 'organization', date: 'date', money: 'money' })
  .map(([k]) => `.m-${k},.legend .l-${k}{background:${TYPE_COLOURS[k as keyof typeof TYPE_COLOURS]}}`)
  .join('\n')}
.m-quote{background:transparent;border-bottom:2px solid #777}.legend .l-quote{background:${TYPE_COLOURS.quote}}
.m-quote .m-quote{border-bottom-style:dotted}
.speaker{text-decoration:underline dashed #555}
a.to-speaker{font-size:.75rem;vertical-align:super;margin-left:2px;text-decoration:none;color:#0b57d0}
.boiler,.legend .l-removed{background:repeating-linear-gradient(135deg,#eee 0 6px,#f6f6f6 6px 12px);color:#777}
.boiler::before{content:"removed: " attr(data-reason);display:inline-block;font-size:.7rem;background:#666;color:#fff;border-radius:3px;padding:0 4px;margin-right:4px;white-space:nowrap}
#tip{position:fixed;z-index:10;max-width:360px;white-space:pre-line;background:#1d1d1f;color:#fff;font-size:.85rem;padding:6px 8px;border-radius:4px;pointer-events:none}
#tip[hidden]{display:none}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}th,td{border-bottom:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}td.n,th.n{text-align:right}
.side h2{font-size:1rem;margin:.2em 0 .4em}.messages{font-size:.85rem;color:#8a4b00}
.controls{display:flex;gap:12px;align-items:center;margin:10px 0;flex-wrap:wrap}.controls input{font:inherit;padding:4px 6px;min-width:260px}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:16px;margin:12px 0}
.summary ol{margin:0;padding-left:1.4em;font-size:.9rem}.chart text{font-size:11px}
a{color:#0b57d0}
`;

/** Article pages: a tooltip with the focused or hovered mention's normalized value. */
export const ARTICLE_SCRIPT = `(function(){
var tip=document.getElementById('tip');
function show(el){var r=el.getBoundingClientRect();tip.textContent=el.getAttribute('data-tip')||'(no value)';tip.hidden=false;
var top=r.bottom+6;if(top+tip.offsetHeight>window.innerHeight)top=Math.max(0,r.top-tip.offsetHeight-6);
tip.style.top=top+'px';tip.style.left=Math.max(0,Math.min(r.left,window.innerWidth-tip.offsetWidth-8))+'px';el.setAttribute('aria-describedby','tip');}
function hide(){tip.hidden=true;}
function target(e){var t=e.target;return t&&t.closest?t.closest('[data-tip]'):null;}
document.addEventListener('mouseover',function(e){var el=target(e);if(el)show(el);else hide();});
document.addEventListener('focusin',function(e){var el=target(e);if(el)show(el);});
document.addEventListener('focusout',hide);
document.addEventListener('keydown',function(e){if(e.key==='Escape')hide();});
})();`;

/** The index page: filter, sort and page the article table from the JSON data block. */
export const INDEX_SCRIPT = `(function(){
var data=JSON.parse(document.getElementById('rows').textContent);
var PAGE=100,page=0,key=0,dir=1,shown=data;
var body=document.getElementById('tbody'),info=document.getElementById('pageinfo'),q=document.getElementById('filter');
function cell(tr,text,cls,href){var td=document.createElement('td');if(cls)td.className=cls;
if(href){var a=document.createElement('a');a.href=href;a.textContent=text;td.appendChild(a);}else td.textContent=text;tr.appendChild(td);}
function render(){body.textContent='';var from=page*PAGE,to=Math.min(shown.length,from+PAGE);
for(var i=from;i<to;i++){var r=shown[i],tr=document.createElement('tr');var href='articles/'+r[1]+'.html';
cell(tr,String(r[0]),'n');cell(tr,r[2],'',href);cell(tr,r[3]||'(no title)','',href);cell(tr,r[4]||'');
for(var k=5;k<r.length;k++)cell(tr,String(r[k]),'n');body.appendChild(tr);}
var pages=Math.max(1,Math.ceil(shown.length/PAGE));info.textContent='page '+(page+1)+' of '+pages+' · '+shown.length+' of '+data.length+' articles';
document.getElementById('prev').disabled=page===0;document.getElementById('next').disabled=page>=pages-1;}
function apply(){var s=q.value.toLowerCase();shown=s?data.filter(function(r){return (r[2]+' '+(r[3]||'')+' '+(r[4]||'')).toLowerCase().indexOf(s)>=0;}):data.slice();
var col=[0,2,3,4,5,6,7,8,9,10][key];shown.sort(function(a,b){var x=a[col],y=b[col];if(x===y)return a[0]-b[0];if(x===null)return 1;if(y===null)return -1;return (x<y?-1:1)*dir;});render();}
q.addEventListener('input',function(){page=0;apply();});
document.querySelectorAll('th button').forEach(function(b){b.addEventListener('click',function(){var k=+b.getAttribute('data-key');
dir=(k===key)?-dir:(k>=4?-1:1);key=k;page=0;apply();});});
document.getElementById('prev').addEventListener('click',function(){if(page>0){page--;render();}});
document.getElementById('next').addEventListener('click',function(){page++;render();});
apply();
})();`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of a page that inlines STYLE and `script`: nothing else may load or run. */
export function contentSecurityPolicy(script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
