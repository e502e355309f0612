package educheck.web;

import java.util.HashMap;
import java.util.Map;

/** The site's own words, Chinese and English (the reports bring their own). */
final class Words {

    private static final Map<String, String[]> WORDS = new HashMap<>();

    static {
        w("site", "教育督导达标检查", "educheck");
        w("nav.upload", "上传", "Upload");
        w("nav.runs", "检查记录", "Runs");
        w("nav.compare", "对比", "Compare");
        w("nav.rules", "规则目录", "Rules");
        w("nav.accounts", "账号", "Accounts");
        w("nav.signin", "登录", "Sign in");
        w("nav.signout", "退出", "Sign out");
        w("lang.other", "English", "中文");
        w("upload.title", "上传区县数据", "Upload a district submission");
        w("upload.help", "选择报送文件（xlsx 工作簿或 XML），检查后存档并显示报告。", "Choose a submission (xlsx workbook or XML); it is checked, archived and its report shown.");
        w("upload.file", "文件", "File");
        w("upload.submit", "上传并检查", "Upload and check");
        w("upload.limit", "文件大小上限", "Largest file");
        w("queued.title", "排队等待检查", "Waiting to be checked");
        w("queued.ahead", "前面还有 %d 个文件。本页每秒自动刷新。", "%d upload(s) ahead of this one. This page refreshes every second.");
        w("running.title", "正在检查", "Being checked");
        w("running.text", "本页每秒自动刷新。", "This page refreshes every second.");
        w("refused.title", "文件未能检查", "The file could not be checked");
        w("report.downloads", "下载", "Downloads");
        w("report.rectification", "整改任务清单 (CSV)", "Rectification list (CSV)");
        w("report.uploaded", "上传", "Uploaded");
        w("report.by", "上传人", "by");
        w("report.history", "历史", "History");
        w("runs.title", "检查记录", "Runs");
        w("runs.none", "还没有检查记录。", "No runs yet.");
        w("runs.nobody", "（无账号）", "(no account)");
        w("report.back", "返回检查记录 %d 的汇总", "Back to the summary of run %d");
        w("report.districts", "本次检查的 %d 个区县（每个区县一页）", "The %d districts of this run (a page each)");
        w("pager.newer", "← 较新", "← newer");
        w("pager.older", "较早 →", "older →");
        w("pager.of", "第 %d / %d 页，共 %d 次检查", "page %d of %d, %d runs in all");
        w("col.run", "编号", "Run");
        w("col.time", "时间", "Time");
        w("col.file", "文件", "File");
        w("col.user", "上传人", "Uploaded by");
        w("col.districts", "区县", "Districts");
        w("col.verdict", "结论", "Verdict");
        w("col.year", "年度", "Year");
        w("col.indicator", "指标", "Indicator");
        w("col.change", "变化", "Change");
        w("col.before", "上次", "Before");
        w("col.after", "本次", "Now");
        w("col.subject", "对象", "Subject");
        w("col.id", "编号", "ID");
        w("col.jurisdiction", "规则集", "Rule set");
        w("col.scope", "范围", "Scope");
        w("col.binds", "约束对象", "Binds");
        w("col.force", "约束力", "Force");
        w("binds.district", "本区（县）", "district");
        w("binds.city", "全市", "city");
        w("binds.province", "全省", "province");
        w("force.binding", "约束性", "binding");
        w("force.aspiration", "努力方向（力争、推动）", "aspiration");
        w("force.baseline", "基线（已达成，不作评判）", "baseline");
        w("rules.draftText", "征求意见稿", "draft text");
        w("col.threshold", "标准", "Threshold");
        w("col.due", "达标年份", "Due");
        w("col.source", "依据", "Source");
        w("col.location", "文件:行", "File:line");
        w("col.name", "名称", "Name");
        w("col.role", "角色", "Role");
        w("district.title", "区县历史", "District history");
        w("district.none", "档案中没有该区县的记录。", "The archive holds no run for this district.");
        w("district.charts", "各指标历次数值", "Each indicator, run by run");
        w("district.diff", "与上次检查相比", "Against the previous run");
        w("district.noDiff", "只有一次检查，无可比较。", "Only one run: nothing to compare.");
        w("district.same", "与上次相同。", "Nothing changed since the previous run.");
        w("col.rules", "规则版本", "Rules");
        w("district.rulesChanged", "两次检查所用的规则不同（%s → %s）：下列变化可能来自规则的修改，而非区县本身；标“数值未变”的一定来自规则。",
                "The two runs were judged by different rules (%s → %s): a change below may come from the rules, not the district;"
                        + " one marked \"same value\" did.");
        w("district.sameValue", "数值未变", "same value");
        w("diff.FAIL", "变为不达标", "became FAIL");
        w("diff.PASS", "变为达标", "became PASS");
        w("diff.STATUS", "状态变化", "status changed");
        w("diff.VALUE", "数值变化", "value changed");
        w("compare.title", "区县对比", "Compare districts");
        w("compare.help", "选择档案中的区县（各取最近一次检查），可按另一规则集评判。", "Choose districts from the archive (each as last checked); optionally judge them by another rule set.");
        w("compare.judgeAs", "按规则集评判（可选）", "Judge as (optional)");
        w("compare.submit", "对比", "Compare");
        w("compare.own", "各按本区县的规则集", "each under its own rule sets");
        w("compare.oneOf", "可选", "one of");
        w("compare.most", "一次最多对比 %d 个区县。", "Compare at most %d districts at a time.");
        w("compare.inputErrors", "以下区县的存档文件重新检查时出错，未能对比：", "Some chosen districts' archived files could not be checked again, so they are not compared:");
        w("compare.pick", "至少选择一个区县。", "Choose at least one district.");
        w("rules.title", "规则目录", "Rule catalogue");
        w("rules.meta", "规则集 sha256 %s · %d 条规则", "Rule set sha256 %s · %d rules");
        w("rules.version", "规则版本 %d（现行）", "rule set version %d (in force)");
        w("accounts.title", "账号管理", "Accounts");
        w("accounts.add", "添加或修改账号", "Add or change an account");
        w("accounts.password", "密码（至少 10 个字符，至多 72 字节：即 72 个字母数字或 24 个汉字；修改已有账号时留空则不变）",
                "Password (10 characters or more, at most 72 bytes: 72 letters or digits, or 24 Chinese characters; leave empty to keep an account's)");
        w("accounts.save", "保存", "Save");
        w("accounts.remove", "删除", "Remove");
        w("accounts.saved", "已保存。", "Saved.");
        w("accounts.districts", "负责的区县（检查员）：区县代码或规则集，如 430626 CN-33-3302", "Districts (inspectors): codes or jurisdictions, e.g. 430626 CN-33-3302");
        w("accounts.readsAll", "全部区县", "every district");
        w("tokens.title", "API 令牌", "API tokens");
        w("tokens.help", "脚本以 Authorization: Bearer 令牌 调用 API，无需密码；令牌以该账号的角色行事，可随时撤销。",
                "A script sends Authorization: Bearer TOKEN instead of a password; the token acts with its account's role and can be revoked at any time.");
        w("tokens.once", "新令牌只显示这一次，请立即复制保存：", "The new token is shown this once; copy it now:");
        w("tokens.label", "用途", "Label");
        w("tokens.issued", "签发", "Issued");
        w("tokens.issue", "签发令牌", "Issue a token");
        w("tokens.revoke", "撤销", "Revoke");
        w("tokens.revoked", "已撤销", "revoked");
        w("signin.title", "登录", "Sign in");
        w("signin.name", "用户名", "User name");
        w("signin.password", "密码", "Password");
        w("signin.failed", "用户名或密码不正确。", "Wrong user name or password.");
        w("signin.as", "当前用户", "Signed in as");
        w("open.mode", "本机单人使用（未设账号）", "Open for the person at this PC (no accounts)");
        w("error.title", "出错了", "Something is wrong");
        w("error.signedOut", "请先登录。", "Sign in first.");
        w("error.role", "您的角色无权访问此页面。", "Your role may not open this page.");
        w("error.csrf", "表单已过期或不是从本站提交的；请刷新页面后重试。", "The form is stale or did not come from this site; reload the page and try again.");
        w("error.origin", "请求来自其他网站，已拒绝。", "The request came from another site and was refused.");
        w("error.host", "本机单人模式只接受 127.0.0.1 或 localhost 的访问。", "An open server answers only to 127.0.0.1 or localhost.");
        w("error.tooLarge", "文件超过大小上限。", "The file is larger than the limit.");
        w("error.noFile", "请选择要上传的文件（表单字段 file）。", "Choose a file to upload (form field `file`).");
        w("error.badFile", "文件未能检查：", "The file could not be checked:");
        w("error.busy", "服务器正忙（检查队列已满），请稍后再试。", "The server is busy (the check queue is full); try again shortly.");
        w("error.notFound", "没有这个页面或记录。", "No such page or record.");
        w("error.badRequest", "请求有误。", "The request is not valid.");
        w("error.internal", "服务器内部错误；已记录，请告知管理员。", "Internal error; it was logged, please tell the administrator.");
        w("error.unavailable", "档案数据库无法访问。", "The archive cannot be reached.");
        w("error.format", "没有这种下载格式。", "No such download format.");
        w("error.badName", "用户名只能包含字母、数字和 . _ @ -，最多 64 个字符。", "A user name holds letters, digits and . _ @ -, up to 64.");
        w("error.badRole", "角色应为 inspector、analyst、policy 或 admin。", "The role is one of inspector, analyst, policy, admin.");
        w("error.weakPassword", "密码至少 10 个字符，至多 72 字节（UTF-8：一个汉字占 3 字节，即至多 24 个汉字）。",
                "The password needs at least 10 characters and at most 72 bytes in UTF-8 (72 letters or digits, or 24 Chinese characters).");
        w("form.most", "至多 %d 个字符", "at most %d characters");
        w("error.badScope", "区县应为六位代码或规则集（如 CN-33-3302）。", "A district is a six-digit code or a jurisdiction such as CN-33-3302.");
        w("error.tooManyTries", "密码错误次数过多，请稍后再试（秒）：", "Too many wrong passwords; try again after (seconds):");
        w("error.notAssigned", "以下区县未分配给您，文件未检查、未存档：", "These districts are not assigned to you; the file was neither checked nor archived:");
        w("error.tooLong", "表单中有字段超过长度上限。", "A field of the form is longer than its limit.");
        w("error.lastAdmin", "不能删除或降级最后一个管理员账号。", "The last admin account cannot be removed or demoted.");
        w("error.judgeAs", "没有这个规则集。", "No such rule set.");
        w("error.notYours", "检查员只能查看自己上传的检查记录，以及分配给自己的区县的检查记录。",
                "An inspector reads the runs they uploaded and the runs of the districts assigned to them; this is not one.");
        w("error.districtNotYours", "这个区县没有分配给您：检查员只能查看管理员分配给自己的区县。",
                "This district is not assigned to you: an inspector reads the districts an admin assigned them.");
        w("error.noDistrict", "档案中没有这个区县。", "The archive holds no run of this district.");
        w("error.noInput", "该区县最近一次检查的报送文件没有存档（在保存文件之前存档的记录），无法按其他规则集重新评判。",
                "The files of this district's latest run were not kept (it was archived before files were), so it cannot be judged again under other rules.");
        w("error.tooMany", "选择的区县太多。", "Too many districts chosen.");
        WORDS.putAll(DraftWords.all());
    }

    private static void w(String key, String zh, String en) {
        WORDS.put(key, new String[] {zh, en});
    }

    private final boolean zh;

    Words(boolean zh) {
        this.zh = zh;
    }

    boolean zh() {
        return zh;
    }

    String get(String key) {
        String[] pair = WORDS.get(key);
        return pair == null ? key : pair[zh ? 0 : 1];
    }

    String format(String key, Object... args) {
        return String.format(get(key), args);
    }
}
