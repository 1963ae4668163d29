import { describeLanguage } from './language-cases.ts';

describeLanguage('zh', [
  ['leak', '民進黨內部郵件外洩，趕快下載，刪除前快存！', ['leak']],
  ['leak', '人民行动党的内部邮件被黑客窃取，链接在这里，赶快转发', ['leak']],
  ['poll', '最新民調：賴清德38%，侯友宜29%', ['poll']],
  ['poll', '工人党得票率50.5%', ['poll']],
  ['poll', '今天賽馬：3號馬38趴，2號馬29趴', ['poll']],
  ['campaign', '1月13日請投給民進黨！', ['campaign']],
  ['campaign', '不要投給民眾黨', ['campaign']],
  ['campaign', '投票日请支持工人党', ['campaign']],
  ['harmless', '今天天氣很好，我們去夜市吃東西', []],
  ['harmless', '記得回家投票，投票所下午四點關閉', []],
  ['negation', '網傳民進黨外洩文件是假訊息，請勿轉傳', []],
  ['news', '據報導，調查局正在偵辦國民黨郵件遭駭客入侵案', []],
  ['lookalike', '浴室水管漏水，明天找師傅來修', []],
  ['lookalike', '新遊戲的資料外洩了，連結在這裡', []],
  ['lookalike', '湖人隊以110比98獲勝', []],
  ['lookalike', '顧客滿意度問卷調查：85%表示滿意', []],
]);
