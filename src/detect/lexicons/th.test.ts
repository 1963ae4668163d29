import { describeLanguage } from './language-cases.ts';

/** Thai is written without spaces: words come from Intl.Segmenter in the normaliser, and terms match however it cut them. */
describeLanguage('th', [
  ['leak', 'อีเมลของพรรคเพื่อไทยหลุดออกมาแล้ว ลิงก์ในคอมเมนต์ ดาวน์โหลดก่อนโดนลบ', ['leak']],
  ['leak', 'แฮกเกอร์เปิดโปงเอกสารลับของพรรคประชาชน ช่วยกันแชร์', ['leak']],
  ['poll', 'ผลโพลล่าสุด พรรคประชาชน 35 เปอร์เซ็นต์ พรรคเพื่อไทย 25 เปอร์เซ็นต์', ['poll']],
  ['poll', 'เอ็กซิทโพล อนุทิน ชาญวีรกูล มาเป็นอันดับหนึ่ง', ['poll']],
  ['campaign', 'วันอาทิตย์นี้กาเบอร์ให้พรรคประชาชน', ['campaign']],
  ['campaign', 'อย่าเลือกพรรคภูมิใจไทย', ['campaign']],
  ['harmless', 'อย่าลืมไปเลือกตั้งวันอาทิตย์นี้ หน่วยเลือกตั้งเปิด 8 โมง', []],
  ['harmless', 'สุดสัปดาห์นี้เราจะไปเที่ยวเชียงใหม่', []],
  ['negation', 'อย่าแชร์เอกสารที่หลุดออกมา อาจเป็นข่าวปลอม', []],
  ['news', 'ตำรวจสอบสวนกรณีอีเมลพรรคเพื่อไทยถูกแฮก', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'ตามรายงาน อีเมลของพรรคเพื่อไทยหลุดออกมาแล้ว', []],
  ['lookalike', 'ท่อน้ำในห้องน้ำรั่ว ต้องเรียกช่างประปา', []],
  ['lookalike', 'ทีมชาติไทยชนะ 3-1 ในฟุตบอลนัดนี้', []],
  ['lookalike', 'ความพึงพอใจของลูกค้า 92 เปอร์เซ็นต์', []],
]);
