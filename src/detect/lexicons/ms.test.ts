import { describeLanguage } from './language-cases.ts';

/** Malay (Bahasa Melayu), Malaysia and Singapore; Indonesian has its own lexicon (id). */
describeLanguage('ms', [
  ['leak', 'Emel dalaman UMNO dibocorkan, pautan dalam komen, muat turun sebelum dipadam', ['leak']],
  ['leak', 'Penggodam membocorkan dokumen Pakatan Harapan, kongsikan!', ['leak']],
  ['poll', 'Tinjauan Merdeka Center: Pakatan Harapan 40 peratus, Perikatan Nasional 30 peratus', ['poll']],
  ['poll', 'Keputusan tidak rasmi: Anwar Ibrahim mendahului', ['poll']],
  ['campaign', 'Undilah Pakatan Harapan pada hari Sabtu!', ['campaign']],
  ['campaign', 'Jangan undi UMNO', ['campaign']],
  ['harmless', 'Jangan lupa keluar mengundi hari Sabtu, pusat mengundi dibuka pukul 8', []],
  ['harmless', 'Hujung minggu ini kami bercuti ke Langkawi', []],
  ['negation', 'Jangan kongsi dokumen yang bocor itu, mungkin palsu', []],
  ['news', 'Polis menjalankan siasatan ke atas emel UMNO yang digodam', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Menurut laporan akhbar, emel dalaman UMNO dibocorkan', []],
  ['lookalike', 'Paip air di bilik mandi bocor, perlu panggil tukang paip', []],
  ['lookalike', 'Harimau Malaya menang 3-1 dalam perlawanan semalam', []],
  ['lookalike', 'Kepuasan pelanggan: 92 peratus berpuas hati', []],
]);
