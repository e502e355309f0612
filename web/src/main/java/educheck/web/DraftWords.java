package educheck.web;

import java.util.HashMap;
import java.util.Map;

/** The words of the rule drafts' pages (editing, review, what-if, audit), Chinese and English; {@link Words} holds them. */
final class DraftWords {

    private static final Map<String, String[]> WORDS = new HashMap<>();

    static {
        w("rules.editHelp", "政策岗可在下表修改规则的标准、比较方式和达标年份，或编辑规则文件。保存后生成草稿：草稿须能编译、样例全部通过，并经另一位政策岗审核发布后才生效。",
                "With the policy role you may change a rule's threshold, comparator and due year below, or edit a rule file. Saving makes a draft; it takes effect only once it compiles, every fixture passes and a second policy user publishes it.");
        w("rules.change", "修改", "Change");
        w("rules.editFile", "编辑文件", "Edit its file");
        w("rules.saveDraft", "存为草稿", "Save as draft");
        w("rules.files", "规则文件（含样例）", "Rule files (fixtures included)");
        w("col.comparator", "比较方式", "Comparator");
        w("col.version", "版本", "Version");
        w("col.proposer", "提出人", "Proposed by");
        w("col.proposedAt", "提出时间", "Proposed");
        w("col.approver", "审核人", "Approved by");
        w("col.published", "发布时间", "Published");
        w("col.reason", "理由", "Reason");
        w("col.document", "依据文件", "Policy document");
        w("col.status", "状态", "Status");
        w("col.comments", "意见", "Comments");
        w("col.draft", "草稿", "Draft");
        w("col.base", "基于版本", "From version");
        w("drafts.title", "规则草稿", "Rule drafts");
        w("drafts.none", "还没有草稿。在规则目录中修改规则即可生成草稿。", "No drafts yet. Change a rule in the catalogue to make one.");
        w("draft.title", "规则草稿 #%d", "Rule draft #%d");
        w("draft.status.draft", "草稿", "draft");
        w("draft.status.submitted", "待审核", "submitted");
        w("draft.status.rejected", "已退回", "rejected");
        w("draft.status.published", "已发布", "published");
        w("draft.meta", "提出人 %s · 基于规则版本 %s · %s", "proposed by %s · from rule set version %s · %s");
        w("draft.check", "检查结果", "Check");
        w("draft.compileErrors", "规则不能编译（%d 处错误），不能发布：", "The rules do not compile (%d error(s)), so they cannot be published:");
        w("draft.fixturesPass", "规则可以编译，%d 个样例全部通过。", "The rules compile and all %d fixtures pass.");
        w("draft.fixturesFail", "规则可以编译，但有 %d 个样例不通过，不能发布：", "The rules compile, but %d fixture(s) fail, so they cannot be published:");
        w("draft.noFixtures", "没有样例，无法表明规则按预期判断，不能发布。", "There are no fixtures, so nothing shows the rules judge as intended; they cannot be published.");
        w("draft.expected", "期望", "expected");
        w("draft.got", "实际", "got");
        w("draft.line", "第 %d 行", "line %d");
        w("draft.diff", "改动（与所基于的版本相比）", "Changes (against the version it was made from)");
        w("draft.standards", "标准与达标年份的变化", "Thresholds and due years that change");
        w("draft.noChanges", "与所基于的版本相同。", "Same as the version it was made from.");
        w("draft.whatif", "影响预估：按草稿重新检查各区县最近一次存档的报送", "What if: each district's latest archived submission checked again under the draft");
        w("draft.whatifNone", "重新检查了 %d 个区县，结论和指标都不会变化。", "%d district(s) checked again; no verdict or finding would change.");
        w("draft.whatifSome", "重新检查了 %d 个区县，其中 %d 个会有变化：", "%d district(s) checked again; %d would change:");
        w("draft.whatifUnavailable", "规则不能编译，无法预估影响。", "The rules do not compile, so there is nothing to check again with.");
        w("draft.verdict", "结论", "verdict");
        w("draft.unchanged", "不变", "unchanged");
        w("draft.none", "（无）", "(none)");
        w("draft.pins", "样例能否发现写错：改动的规则逐一读错后再跑样例", "Pinned by a fixture? Each changed rule read a little wrong, against the fixtures");
        w("draft.pinsUnavailable", "草稿不能发布，未试。", "The draft cannot be published, so nothing was tried.");
        w("draft.pinsNone", "没有改动的规则。", "No rule changes.");
        w("draft.pinsAll", "试了 %d 种读错（标准差一步、比较方式宽严、年份差一年、约束力读错、状态互换），每一种都有样例发现。",
                "%d wrong readings tried (a threshold a step off, a comparator strict or loose, a due year a year off, the force misread, a status swapped); a fixture notices every one.");
        w("draft.pinsSome", "试了 %d 种读错，其中 %d 种没有任何样例能发现：这些改动若写错也不会被察觉，请在样例中补上标准线上和越线一步的情形。",
                "%d wrong readings tried; %d of them no fixture notices: a mistake there would go unseen. Add fixtures on the line and one step beyond it.");
        w("draft.files", "文件", "Files");
        w("draft.edit", "编辑", "edit");
        w("draft.comments", "意见", "Comments");
        w("draft.comment", "发表意见", "Comment");
        w("draft.commentText", "意见", "Comment");
        w("draft.submit", "提交审核", "Submit for review");
        w("draft.reason", "修改理由（必填，记入审计记录）", "Why the rules change (required; kept in the audit trail)");
        w("draft.document", "依据的政策文件（文号或标题）", "The policy document it follows (number or title)");
        w("draft.approve", "批准并发布", "Approve and publish");
        w("draft.reject", "退回（请写明原因）", "Reject (say why)");
        w("draft.waiting", "等待另一位政策岗审核：不能审核自己提出的草稿。", "Waiting for a second policy user's review: nobody reviews their own draft.");
        w("draft.publishedAs", "已发布为规则版本 %d，审核人 %s。", "Published as rule set version %d, approved by %s.");
        w("draft.inForce", "新版本正在生效；随后上传的文件按它评判。", "The new version is being put in force; uploads from now on are judged by it.");
        w("draft.notEditable", "草稿已提交或已发布，不能再修改。", "The draft is submitted or published and can no longer be edited.");
        w("editor.title", "编辑 %s", "Edit %s");
        w("editor.inForce", "规则版本 %s（现行）中的文件。保存后生成新草稿，现行规则不变。", "The file as in rule set version %s (in force). Saving makes a new draft; the rules in force stay as they are.");
        w("editor.save", "保存", "Save");
        w("editor.newDraft", "保存为新草稿", "Save as a new draft");
        w("editor.problems", "此文件的错误", "Errors in this file");
        w("audit.title", "规则审计记录", "Rules audit trail");
        w("audit.help", "每个已发布的规则版本：谁提出、谁审核、何时发布、为什么、依据哪个文件。", "Every published rule set version: who proposed it, who approved it, when, why, and under which document.");
        w("audit.csv", "导出 CSV", "Export CSV");
        w("audit.notReviewed", "未经审核", "not reviewed");
        w("drafts.notPolicy", "只有政策岗账号可以提出和审核规则草稿（本机单人模式也不行：需两个账号）。", "Only accounts with the policy role propose and review rule drafts (not the open mode: it takes two accounts).");
        w("drafts.ownDraft", "不能审核自己提出的草稿：须由另一位政策岗审核（双人复核）。", "Nobody approves or rejects their own draft: a second policy user must (four eyes).");
        w("drafts.state", "草稿当前的状态不允许这样做。", "The draft's state does not allow this.");
        w("drafts.stale", "草稿所基于的版本已不是现行版本；请从现行规则重新起草。", "The draft was made from a version no longer in force; start a new draft from the rules in force.");
        w("drafts.notPublishable", "草稿不能提交或发布：规则不能编译，或有样例不通过。", "The draft cannot be submitted or published: the rules do not compile, or a fixture fails.");
        w("drafts.missing", "请填写必填项。", "Fill in the required field.");
        w("drafts.badValue", "填写的值不能写入规则：", "The value cannot go into the rule:");
        w("drafts.badPath", "不是规则文件的路径。", "Not a rule file's path.");
    }

    private DraftWords() {
    }

    private static void w(String key, String zh, String en) {
        WORDS.put(key, new String[] {zh, en});
    }

    static Map<String, String[]> all() {
        return WORDS;
    }
}
