/**
 * Surveys in Debian's Chromium against a real `mot serve` on the seeded demo: a CX lead creates a survey
 * from the episode-end template, adds a comment question shown only when the overall rating is 3 or below
 * (with the condition editor), sees SurveyJS's preview show it once a low rating is given, saves (version 2)
 * and exports the file; in both languages, axe-checked and photographed (with MOT_SCREENSHOTS=1).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchBrowser } from './browser.ts';
import { assertAccessible, openContext, photograph, signIn } from './pages.ts';
import { E2E_USERS } from './seed.ts';
import type { TE2eServer } from './server.ts';
import { startE2eServer } from './server.ts';

const hasChromium = existsSync(CHROMIUM);

describe('surveys', { skip: hasChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let server: TE2eServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    test(`a CX lead builds a survey with a condition and exports it, in ${language}`, async () => {
      const { context, page, problems } = await openContext(browser, language);
      const zh = language === 'zh-CN';
      await signIn(page, server.url, E2E_USERS.admin);
      // The menu item's name carries its icon's label first; the end anchor keeps 问卷邀请 out.
      await page.getByRole('menuitem', { name: zh ? /问卷$/ : /Surveys$/ }).click();
      await page.waitForURL(/\/surveys$/);

      // A new survey from the episode-end template (the dialog's default), on the first journey.
      await page.getByRole('button', { name: zh ? '新建问卷' : 'New survey' }).click();
      const dialog = page.getByRole('dialog');
      const name = zh ? '服务结束回访' : 'After the visit';
      await dialog.getByLabel(zh ? '名称' : 'Name', { exact: true }).fill(name);
      await dialog
        .locator('.ant-form-item')
        .filter({ hasText: zh ? '旅程' : 'Journey' })
        .locator('.ant-select')
        .click();
      await page.locator('.ant-select-item-option').first().click();
      await dialog.getByRole('button', { name: zh ? '创建问卷' : 'Create survey' }).click();

      // The builder: the template's questions on the left, the first selected, the preview on the right.
      await page.waitForURL(/\/surveys\/[a-z0-9-]+$/);
      await page.getByRole('heading', { name }).waitFor();
      const preview = page.getByTestId('survey-preview');
      await preview.locator('.sd-question').first().waitFor();

      // A long-text question on page 1, shown only when the overall rating is 3 or below.
      await page.getByRole('button', { name: zh ? '在第 1 页添加题目' : 'Add a question to page 1' }).click();
      await page.getByRole('menuitem', { name: zh ? '多行文本' : 'Long text' }).click();
      const title = zh ? '哪里让您不满意？' : 'What disappointed you?';
      await page.getByLabel(zh ? '题目 (中文)' : 'Question (Chinese)').fill('哪里让您不满意？');
      await page.getByLabel(zh ? '题目 (英文)' : 'Question (English)').fill('What disappointed you?');
      await page.getByRole('button', { name: zh ? '仅在以下情况显示…' : 'Show only when...' }).click();
      await page.getByLabel(zh ? '条件 1 的比较方式' : 'Operator of condition 1').waitFor();
      assert.equal(await page.getByLabel(zh ? '条件 1 的取值' : 'Value of condition 1').inputValue(), '3');

      // The preview hides the question until a rating of 3 or below is given.
      const shown = preview.getByText(title);
      assert.equal(await shown.count(), 0);
      // The preview redraws after each change: a click landing on the drawing being replaced is repeated.
      for (let attempt = 0; attempt < 5 && !(await shown.isVisible()); attempt += 1) {
        await preview.locator('.sd-rating__item-star').nth(1).click();
        await page.waitForTimeout(300);
      }
      await shown.waitFor();
      await page.mouse.move(0, 0);
      await assertAccessible(page, `survey builder (${language})`);
      await photograph(page, 'survey-builder', language);

      // Leaving with unsaved changes asks first.
      await page
        .getByRole('link', { name: zh ? '问卷' : 'Surveys' })
        .nth(1)
        .click();
      const leave = page
        .getByRole('dialog')
        .filter({ hasText: zh ? '不保存就离开？' : 'Leave without saving?' });
      await leave.getByRole('button', { name: zh ? '留下' : 'Stay' }).click();
      await leave.waitFor({ state: 'hidden' });
      assert.match(page.url(), /\/surveys\/[a-z0-9-]+$/);

      // A name another question has is shown at the question, and stops the save.
      const nameField = page.getByLabel(zh ? '名称' : 'Name', { exact: true });
      await nameField.fill('overall');
      await page
        .getByText(
          zh ? '“overall”已是前面某道题的名称' : '"overall" is already the name of an earlier question',
        )
        .waitFor();
      await page.getByRole('button', { name: zh ? '保存' : 'Save' }).click();
      await page
        .getByText(zh ? /保存前请先修正标有红点的题目/ : /Fix the questions with a red dot/)
        .waitFor();
      await nameField.fill('disappointed');

      // Saved as version 2, then exported with the condition the editor wrote.
      await page.getByRole('button', { name: zh ? '保存' : 'Save' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: zh ? '已保存为第 2 版' : 'Saved as version 2' })
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: zh ? '导出' : 'Export' }).click(),
      ]);
      const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
        mot: { version: number; name: string };
        pages: { elements: { name: string; visibleIf?: string; title?: Record<string, string> }[] }[];
      };
      assert.equal(file.mot.version, 2);
      assert.equal(file.mot.name, name);
      const added = file.pages[0]?.elements.find((q) => q.title?.['default'] === 'What disappointed you?');
      assert.equal(added?.visibleIf, '{overall} <= 3');
      assert.equal(added?.title?.['zh-cn'], '哪里让您不满意？');
      assert.equal(added?.name, 'disappointed');

      // Version 1 stays readable, without the new question.
      await page.getByRole('combobox', { name: zh ? '版本' : 'Version' }).click();
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: zh ? /^第 1 版/ : /^Version 1 ·/ })
        .click();
      await page.getByText(zh ? /正在只读查看第 1 版/ : /Version 1 is shown read-only/).waitFor();
      assert.equal(await page.getByRole('listitem').filter({ hasText: title }).count(), 0);
      await page.getByRole('button', { name: zh ? '回到当前版本' : 'Back to the current version' }).click();
      await page.getByRole('listitem').filter({ hasText: title }).waitFor();

      // The list shows it at version 2, draft.
      await page
        .getByRole('link', { name: zh ? '问卷' : 'Surveys' })
        .first()
        .click();
      await page.waitForURL(/\/surveys$/);
      const row = page.getByRole('row').filter({ hasText: name });
      await row.getByText(zh ? '草稿' : 'Draft').waitFor();
      assert.match((await row.textContent()) ?? '', /2/);
      await assertAccessible(page, `surveys (${language})`);
      await photograph(page, 'surveys', language);

      // The exported file imports again: its key is taken, which the server says at the key field.
      await page.getByRole('button', { name: zh ? '导入' : 'Import' }).click();
      const importing = page.getByRole('dialog');
      await importing.locator('input[type=file]').setInputFiles(await download.path());
      const key = importing.getByLabel(zh ? '标识' : 'Key', { exact: true });
      await key.waitFor();
      const exportedKey = await key.inputValue();
      await importing.getByRole('button', { name: zh ? '导入' : 'Import' }).click();
      await importing.locator('.ant-form-item-explain-error').filter({ hasText: exportedKey }).waitFor();
      await key.fill(`${exportedKey}-copy`);
      await importing.getByRole('button', { name: zh ? '导入' : 'Import' }).click();
      await page.waitForURL(new RegExp(`/surveys/${exportedKey}-copy$`));
      await page.getByRole('listitem').filter({ hasText: title }).waitFor();

      // A KANO questionnaire from a feature list: the features editor of the new-survey dialog.
      await page
        .getByRole('link', { name: zh ? '问卷' : 'Surveys' })
        .first()
        .click();
      await page.getByRole('button', { name: zh ? '新建问卷' : 'New survey' }).click();
      const kano = page.getByRole('dialog');
      await kano
        .getByLabel(zh ? '名称' : 'Name', { exact: true })
        .fill(zh ? '功能需求调研' : 'Feature study');
      await kano
        .locator('.ant-form-item')
        .filter({ hasText: zh ? '模板' : 'Template' })
        .locator('.ant-select')
        .click();
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: zh ? 'KANO 问卷' : 'KANO questionnaire' })
        .click();
      await kano.getByLabel(zh ? '功能 1 的标识' : 'Key of feature 1').fill('sms_eta');
      await kano
        .getByLabel(zh ? '功能 1 的英文名称' : 'English name of feature 1')
        .fill('Arrival time by SMS');
      await kano.getByLabel(zh ? '功能 1 的中文名称' : 'Chinese name of feature 1').fill('短信告知到达时间');
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
      await assertAccessible(page, `new KANO survey (${language})`);
      await photograph(page, 'survey-new-kano', language);
      await kano.getByRole('button', { name: zh ? '创建问卷' : 'Create survey' }).click();
      await page.waitForURL(/\/surveys\/[a-z0-9-]+$/);
      await page
        .getByRole('listitem')
        .filter({ hasText: zh ? /短信告知到达时间/ : /Arrival time by SMS/ })
        .first()
        .waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
