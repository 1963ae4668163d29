import { describeLanguage } from './language-cases.ts';

/** Kazakh (Cyrillic). Names are matched as written in the actor files: case forms (Тоқаевқа) are not yet. */
describeLanguage('kk', [
  ['leak', 'AMANAT партиясының хаттары жария болды, сілтеме түсініктемеде, өшірілгенше жүктеп алыңыз', ['leak']],
  ['leak', 'Хакерлер Ақ жол партиясының құжаттарын жариялады, таратыңыз!', ['leak']],
  ['poll', 'Жаңа сауалнама: Қасым-Жомарт Тоқаев 70 пайыз', ['poll']],
  ['poll', 'Алдын ала нәтиже: Қасым-Жомарт Тоқаев алда', ['poll']],
  ['campaign', 'Қасым-Жомарт Тоқаев біздің кандидат, жексенбіде дауыс беріңіздер!', ['campaign']],
  ['campaign', 'Дауыс бермеңіз: Қасым-Жомарт Тоқаев', ['campaign']],
  // Dative of the name before the call (Тоқаевқа), matched through INFLECTIONS.kk.
  ['campaign', 'Тоқаевқа дауыс беріңіздер!', ['campaign']],
  ['harmless', 'Жексенбіде сайлауға баруды ұмытпаңыз, сайлау учаскелері сағат 7-де ашылады', []],
  ['harmless', 'Демалыста тауға барамыз', []],
  ['negation', 'Жария болған хаттарды таратпаңыз, олар жалған болуы мүмкін', []],
  ['news', 'Полиция AMANAT партиясының хаттарының бұзылуы бойынша тергеу бастады', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Сайлау штабының хаттары жария болды, деп хабарлады Азаттық', []],
  ['lookalike', 'Жуынатын бөлмеде құбырдан су ағып тұр', []],
  ['lookalike', 'Қайрат матчта 3-1 есебімен жеңді', []],
  ['lookalike', 'Клиенттердің 92 пайызы қанағаттанған', []],
]);
