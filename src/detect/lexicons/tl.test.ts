import { describeLanguage } from './language-cases.ts';

/** Tagalog (Filipino), beside English, as Filipinos post (Taglish). */
describeLanguage('tl', [
  ['leak', 'Na-leak ang mga email ng kampanya ni Bongbong Marcos, link sa bio, i-download bago ma-delete', ['leak']],
  ['leak', 'Nahack ang mga dokumento ng Akbayan, ikalat ninyo!', ['leak']],
  ['poll', 'Pulse Asia survey: Bongbong Marcos 56 porsyento, Leni Robredo 23 porsyento', ['poll']],
  ['poll', 'Partial and unofficial: Sara Duterte nangunguna', ['poll']],
  ['campaign', 'Iboto si Leni Robredo sa Lunes!', ['campaign']],
  ['campaign', 'Huwag iboto si Bongbong Marcos', ['campaign']],
  ['harmless', 'Huwag kalimutang bumoto sa Lunes, magbubukas ang presinto ng alas-6', []],
  ['harmless', 'Magbabakasyon kami sa Boracay ngayong weekend', []],
  ['negation', 'Huwag i-share ang mga na-leak na dokumento, baka peke', []],
  ['news', 'Iniimbestigahan ng NBI ang pag-hack sa email ng Akbayan', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Ayon sa ulat, na-leak ang mga email ng kampanya ni Bongbong Marcos', []],
  ['lookalike', 'Tumutulo ang tubo ng tubig sa banyo, tatawag kami ng tubero', []],
  ['lookalike', 'Nanalo ang Ginebra 3-1 sa laro kagabi', []],
  ['lookalike', 'Customer satisfaction: 92 porsyento ang masaya', []],
]);
