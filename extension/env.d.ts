interface ImportMetaEnv {
  /** True in test builds (modes chrome-test, firefox-test); defined in vite.config.ts, so code behind it leaves release builds. */
  readonly TEST_BUILD: boolean;
}
