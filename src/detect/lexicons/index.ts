import type { Lexicon } from '../compile.ts';

/**
 * The per-language lexicons. Each file maps a tag (see TAGS in detector.ts
 * and docs/detector.md) to its terms. A term is written as plain text and is
 * normalised like drafts are; `*` at the start lets it match inside a word
 * ("*leaks" in "#MacronLeaks"), at the end lets the word go on ("fuit*").
 * Names of candidates and parties go in the language of their country.
 */
import cs from './cs.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ro from './ro.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };

// Languages of Europe and the Caucasus (kept apart so parallel additions do not collide).
import tr from './tr.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import sk from './sk.json' with { type: 'json' };
import el from './el.json' with { type: 'json' };
import hr from './hr.json' with { type: 'json' };
import bs from './bs.json' with { type: 'json' };
import sr from './sr.json' with { type: 'json' };
import sl from './sl.json' with { type: 'json' };
import bg from './bg.json' with { type: 'json' };
import mk from './mk.json' with { type: 'json' };
import sq from './sq.json' with { type: 'json' };

const EUROPE: Readonly<Record<string, Lexicon>> = { tr, hu, sk, el, hr, bs, sr, sl, bg, mk, sq };

// Languages of Asia, the Middle East and Africa (kept apart so parallel additions do not collide).
import ja from './ja.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import he from './he.json' with { type: 'json' };
import ar from './ar.json' with { type: 'json' };
import hi from './hi.json' with { type: 'json' };
import bn from './bn.json' with { type: 'json' };
import ur from './ur.json' with { type: 'json' };
import ne from './ne.json' with { type: 'json' };

const WORLD: Readonly<Record<string, Lexicon>> = { ja, ko, zh, he, ar, hi, bn, ur, ne };

// Languages added for issue 9's "every national language" (Nordic, Baltic, Caucasus, Central, South and
// South-East Asia, East Africa, Paraguay's Guaraní).
import da from './da.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import et from './et.json' with { type: 'json' };
import lv from './lv.json' with { type: 'json' };
import lt from './lt.json' with { type: 'json' };
import is from './is.json' with { type: 'json' };
import ka from './ka.json' with { type: 'json' };
import th from './th.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import ms from './ms.json' with { type: 'json' };
import tl from './tl.json' with { type: 'json' };
import hy from './hy.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import ky from './ky.json' with { type: 'json' };
import si from './si.json' with { type: 'json' };
import ta from './ta.json' with { type: 'json' };
import sw from './sw.json' with { type: 'json' };
import gn from './gn.json' with { type: 'json' };

const MORE: Readonly<Record<string, Lexicon>> = { da, nb, fi, et, lv, lt, is, ka, th, id, ms, tl, hy, kk, ky, si, ta, sw, gn };

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr, de, es, it, pt, nl, pl, ro, sv, cs, ru, uk, ...EUROPE, ...WORLD, ...MORE };
