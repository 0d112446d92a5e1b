"""Every string the checker page shows that is not a field label or a finding: buttons, states, headings.

The widget template and its script read these as data (one dict per language), so the page never
carries a sentence of its own. Placeholders in braces ({n}, {time} …) are filled in by the page.
"""

from __future__ import annotations

from ..text import Text, texts

_STRINGS: dict[str, Text] = {
    # runtime state
    "state_loading": Text("正在准备检查工具（首次约 6 MB），你可以先填写。",
                      "Getting the checker ready (about 6 MB the first time). You can start filling in now."),
    "state_ready": Text("检查工具已就绪，修改任何一项都会重新检查。", "The checker is ready and checks again after every change."),
    "state_error": Text("检查工具无法在这个浏览器里运行。你填写的内容都还保存在本设备上：可以导出草稿，"
                    "或者用下面的按钮把填写的文字直接用邮件发给商家。",
                    "The checker cannot run in this browser. Everything you typed is still saved on this "
                    "device: export the draft, or send what you typed to the merchant by email below."),
    "error_no_wasm": Text("这个浏览器不支持运行检查工具（缺少 WebAssembly）。你填写的内容都还保存在本设备上：可以导出草稿，"
                      "或者用下面的按钮把填写的文字直接用邮件发给商家。",
                      "This browser cannot run the checker (no WebAssembly). Everything you typed is still saved "
                      "on this device: export the draft, or send what you typed to the merchant by email below."),
    "error_fetch": Text("检查工具没能下载完成（网络可能断了）。你填写的内容都还在：可以稍后点“重试”，也可以先导出草稿，"
                    "或者用下面的按钮把填写的文字用邮件发给商家。",
                    "The checker could not be downloaded (the connection may have dropped). Everything you typed "
                    "is still here: try again later, export the draft, or email what you typed below."),
    "retry": Text("重试加载检查工具", "Try loading the checker again"),
    "state_restarting": Text("检查工具出了点问题，正在重启；你的草稿没有丢失。",
                         "The checker stopped responding and is restarting; your draft is safe."),
    "restarted": Text("检查工具刚才没有响应，已经重启，并重新检查了你的草稿。",
                  "The checker stopped answering, so it was restarted and your draft was checked again."),
    "check_failed": Text("这次检查没有完成，下面没有显示过时的结果。你的草稿还在；再改动任意一项会重新检查。",
                     "This check did not finish, so no out-of-date result is shown. Your draft is safe; "
                     "change anything to check it again."),
    "progress_label": Text("检查工具加载进度", "Checker loading progress"),
    "stage_start": Text("正在启动…", "Starting…"),
    "stage_runtime": Text("正在准备检查工具，首次约 6 MB…", "Getting the checker ready, about 6 MB the first time…"),
    "stage_wheel": Text("正在加载检查规则…", "Loading the rules…"),
    "stage_import": Text("正在准备…", "Getting ready…"),
    "stage_ready": Text("已就绪", "Ready"),
    "version": Text("规则版本 {version}", "Rules version {version}"),
    # draft keeping
    "restored": Text("已恢复你在 {time} 保存的草稿。", "Draft restored from {time}."),
    "saved": Text("已自动保存在本设备（{time}）", "Saved on this device ({time})"),
    "saved_never": Text("填写的内容会自动保存在本设备上，不会上传。", "What you type is saved on this device only."),
    "autosave_off": Text("这个浏览器现在不允许在本设备上保存（存储空间已满或被禁止），自动保存已关闭。"
                     "检查照常进行；关闭页面前请导出草稿。",
                     "This browser will not let us save on this device (storage is full or blocked), so autosave "
                     "is off. The checker still works; export your draft before you close the page."),
    "framed": Text("这个页面被嵌在另一个网站里打开，所以不会恢复或自动保存你的草稿。请直接打开本站的检查工具页面。",
               "This page is shown inside another website, so it neither restores nor autosaves your draft. "
               "Open the checker on this site directly."),
    "link_offer": Text("你打开的链接带有和你的草稿不同的内容。要用链接里的内容替换吗？",
                   "The link you opened carries values that differ from your draft. Use the link's values?"),
    "link_offer_row": Text("{label}：你的草稿是“{mine}”，链接里是“{theirs}”",
                       "{label}: your draft has “{mine}”, the link has “{theirs}”"),
    "link_apply": Text("用链接里的内容", "Use the link's values"),
    "link_keep": Text("保留我的内容", "Keep mine"),
    "link_applied": Text("已换成链接里的内容。", "Now using the link's values."),
    "link_kept": Text("已保留你的内容，链接里的内容没有使用。", "Kept your values; the link's were not used."),
    "from_link": Text("来自链接", "from the link"),
    "start_over": Text("清空重填", "Start over"),
    "start_over_confirm": Text("确定要清空所有填写内容和附件，重新开始吗？此操作无法撤销。",
                           "Clear everything you typed and attached and start over? This cannot be undone."),
    "cleared": Text("已清空，可以重新填写。", "Cleared. You can start again."),
    "export_draft": Text("导出草稿（JSON）", "Export draft (JSON)"),
    "import_draft": Text("导入草稿", "Import draft"),
    "import_ok": Text("已导入草稿 {name}。", "Imported draft {name}."),
    "import_bad": Text("无法导入 {name}：这不是本工具导出的草稿文件（JSON）。当前内容没有改变。",
                   "Could not import {name}: it is not a draft file (JSON) exported by this tool. "
                   "Nothing was changed."),
    "draft_tools": Text("草稿", "Draft"),
    # form
    "form_label": Text("售后申请草稿", "After-sales request draft"),
    "choose": Text("请选择", "Please choose"),
    "unknown_value": Text("（无法识别的值）", "(not a known choice)"),
    "example": Text("例如 {example}", "e.g. {example}"),
    "date_placeholder": Text("例如 11-22 或 1122", "e.g. 11-22 or 2026-11-22"),
    "pick_date": Text("从日历选择：{label}", "Pick from a calendar: {label}"),
    "chars": Text("{n} / {max} 字", "{n} / {max} characters"),
    "required_mark": Text("必填", "required"),
    "read_as": Text("读作 {value}", "Read as {value}"),
    "merchant_title": Text("商家的售后承诺", "The merchant's after-sales promise"),
    # evidence
    "evidence_add": Text("添加照片、视频或 PDF", "Add photos, videos or PDFs"),
    "evidence_drop": Text("可以一次选多个文件，也可以把文件拖到这里。手机上可以直接拍照或录像。",
                      "Pick several files at once, or drop them here. On a phone you can take a photo or video."),
    "evidence_local": Text("文件只保存在你的设备上，不会上传到任何地方。",
                       "Files stay on your device; nothing is uploaded."),
    "evidence_empty": Text("还没有添加文件。", "No files yet."),
    "evidence_kind_short": Text("类型", "Kind"),
    "evidence_kind": Text("文件类型：{name}", "Kind of file: {name}"),
    "evidence_guessing": Text("正在判断…", "Guessing…"),
    "evidence_remove": Text("移除 {name}", "Remove {name}"),
    "evidence_missing": Text("这个文件不在本设备上（来自导入的草稿），请重新添加。",
                         "This file is not on this device (from an imported draft); add it again."),
    "evidence_list": Text("已添加的文件", "Attached files"),
    "evidence_total": Text("共 {count} 个文件，{size}", "Files: {count}, {size} in all"),
    "evidence_store_failed": Text("这个浏览器不允许在本地保存文件；关闭页面后需要重新添加附件。",
                              "This browser does not let us keep files; after closing the page you will "
                              "need to add them again."),
    # summary
    "summary_title": Text("检查结果", "Check result"),
    "summary_waiting": Text("检查工具加载完成后会自动检查。", "The check runs as soon as the checker is ready."),
    "summary_checking": Text("正在检查…", "Checking…"),
    "score": Text("完整度 {score}/100", "Readiness {score}/100"),
    "score_label": Text("完整度", "Readiness"),
    "ready_yes": Text("可以提交：没有必须修改的问题。", "Ready to send: nothing must be fixed."),
    "ready_no": Text("还不能提交：有 {n} 个问题必须修改。", "Not ready yet. To fix before sending: {n}."),
    "counts": Text("必须修改 {error} 项 · 建议修改 {warning} 项 · 提示 {info} 条",
               "Must fix: {error} · Should fix: {warning} · Good to know: {info}"),
    "sev_error": Text("必须修改", "Must fix"),
    "sev_warning": Text("建议修改", "Should fix"),
    "sev_info": Text("提示", "Good to know"),
    "sev_pending": Text("待填写", "To fill in"),
    "no_findings": Text("没有发现问题。", "No problems found."),
    "fix": Text("怎么改：", "How to fix: "),
    "go_to_field": Text("转到该项", "Go to the field"),
    "guide_link": Text("指南里的说明", "Read the guide"),
    # deadlines: the answer under the three first questions, and the status bar that stays in view
    "deadlines_title": Text("你的期限", "Your deadlines"),
    "deadlines_none": Text("填写签收日期，马上算出你能要求什么、最晚哪一天。",
                       "Enter the day you signed for the parcel to see straight away what you can ask for, and by when."),
    "bar_label": Text("检查结果和最近的期限", "Check result and nearest deadline"),
    "bar_nearest": Text("{label}：{date}，还剩 {n} 天", "{label}: {date}, {n} days left"),
    "bar_nearest_0": Text("{label}：{date}，就是今天", "{label}: {date}, today"),
    "bar_nearest_passed": Text("{label}：{date}，已过期", "{label}: {date}, passed"),
    "bar_ready_no": Text("还差 {n} 项必须修改", "{n} to fix before sending"),
    "bar_ready_yes": Text("可以提交了", "Ready to send"),
    "bar_outputs": Text("生成 ↓", "Send ↓"),
    "bar_check_failed": Text("检查没有完成", "The check did not finish"),
    "bar_check_again": Text("重新检查后再显示期限", "Deadlines show after the next check"),
    "chip": Text("→ 最后一天 {date}", "→ last day {date}"),
    # the chip of a date that rests on the shop's promise (deadline source "merchant"), never the law's words
    "chip_merchant": Text("→ 商家承诺到 {date}", "→ shop's promise: until {date}"),
    "today": Text("今天 {date}", "Today {date}"),
    "last_day": Text("最后一天 {date}", "Last day {date}"),
    "days_left": Text("还剩 {n} 天", "Days left: {n}"),
    "days_left_0": Text("今天是最后一天", "Today is the last day"),
    "passed": Text("已过期", "Passed"),
    "counted_from": Text("从 {date} 起算", "counted from {date}"),
    # outputs
    "outputs_title": Text("生成并发送", "Make and send"),
    "outputs_waiting": Text("检查工具就绪后可以生成文件。", "Available once the checker is ready."),
    "output_zip": Text("下载证据包（ZIP）", "Download evidence package (ZIP)"),
    "output_eml": Text("下载邮件（.eml）", "Download email (.eml)"),
    "output_mailto": Text("用邮件应用发送", "Open in your email app"),
    "output_ics": Text("把期限加入日历（.ics）", "Add deadlines to calendar (.ics)"),
    "output_json": Text("下载检查结果（JSON）", "Download check result (JSON)"),
    "output_text": Text("生成可粘贴的文字", "Create text to paste"),
    "text_kind": Text("文字用途", "Text for"),
    "text_kind_platform": Text("平台售后申请", "The platform's after-sales form"),
    "text_kind_appeal": Text("申请平台介入 / 申诉", "Asking the platform to step in"),
    "text_kind_12315": Text("12315 投诉", "A 12315 complaint"),
    "text_platform": Text("平台", "Platform"),
    "strip_gps": Text("去除照片中的位置信息（GPS）", "Remove GPS location from photos"),
    "text_output": Text("生成的文字", "Generated text"),
    "copy": Text("复制文字", "Copy text"),
    "copied": Text("已复制。", "Copied."),
    "copy_failed": Text("无法自动复制，请长按或选中后手动复制。", "Could not copy; select the text and copy it."),
    "output_busy": Text("正在生成…", "Preparing…"),
    "output_done": Text("已生成 {name}。", "{name} is ready."),
    "output_failed": Text("生成失败：{error}", "Could not create it: {error}"),
    # plain fallback when the runtime is unavailable
    "fallback_title": Text("不用检查工具也能发送", "Send without the checker"),
    "fallback_mailto": Text("用邮件发送填写的内容（纯文本）", "Email what you typed (plain text)"),
    "fallback_subject": Text("售后申请：{product}", "After-sales request: {product}"),
    "fallback_intro": Text("您好，我的售后申请如下：", "Hello, here is my after-sales request:"),
    "fallback_files": Text("附件（请另行发送）", "Attachments (sent separately)"),
    # the home page's three questions (widgets/start.html.j2)
    "start_label": Text("三个问题，马上知道能要求什么、最晚哪一天", "Three questions: what you can ask for, and by which day"),
    "start_go": Text("看我的期限 →", "Show my deadlines →"),
    "start_note": Text("只在你的设备上计算，不会上传。", "Worked out on your device; nothing is uploaded."),
    "size_b": Text("{n} B", "{n} B"),
    "size_kb": Text("{n} KB", "{n} KB"),
    "size_mb": Text("{n} MB", "{n} MB"),
}


def ui_strings(lang: str) -> dict[str, str]:
    """The page's strings in `lang` (anything but "en" reads as zh-CN, the site's default)."""
    return texts(lang, _STRINGS)


# The site-wide note offline.js fills in (overrides/main.html) and the installed app's short name
# (hooks/manifest.py).
_OFFLINE: dict[str, Text] = {
    "ready": Text("已可离线使用", "Available offline"),
    "update": Text("新版本已就绪，刷新后使用", "A new version is ready; reload to use it"),
    "reload": Text("刷新", "Reload"),
    "short_name": Text("售后指南", "After-sales"),
}


# The page a mistyped or outdated link lands on (overrides/404.html): say what happened, offer a way on.
_NOT_FOUND: dict[str, Text] = {
    "title": Text("找不到这个页面", "This page does not exist"),
    "lead": Text("链接可能打错了，或者页面已经换了地址。你可以：", "The link may be mistyped, or the page has moved. You can:"),
    "home": Text("回到首页，从头看售后指南", "Go to the home page and start the guide"),
    "checker": Text("直接打开检查器，检查你的售后申请", "Open the checker and check your request"),
    "search": Text("或者用页面顶部的搜索找一找", "Or use the search at the top of the page"),
}


def site_strings(lang: str) -> dict[str, dict[str, str]]:
    """The words of the theme's own pages and notes, which every page's template reads from MkDocs'
    config.extra (hooks/manifest.py): not only the checker's."""
    return {"offline": texts(lang, _OFFLINE), "not_found": texts(lang, _NOT_FOUND)}
