import { writeFileSync } from 'node:fs';
import codebook from '../../resources/codebook.json';
import { benchHighlights } from './bench-highlights';
import { longReport } from './long-report';
const r = await longReport();
const h = benchHighlights(r.text, codebook.themes.map((t) => t.id));
writeFileSync('out/bench-open-report/data.json', JSON.stringify({ title: r.title, text: r.text, blocks: r.blocks, highlights: h }));
