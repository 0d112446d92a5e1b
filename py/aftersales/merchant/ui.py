"""Every string the merchants page's tools show (link builder, parcel card, package verifier), zh and en.

The templates and scripts read these as data; placeholders in braces are filled in by whoever shows
them. Field labels come from aftersales.data.fields, findings from the check itself.
"""

from __future__ import annotations

from ..text import Text, texts

_STRINGS: dict[str, Text] = {
    # runtime
    "state_loading": Text("正在加载工具，加载完成后就能使用。", "Loading the tools; they work as soon as they are ready."),
    "state_error": Text("这个浏览器无法运行这些工具（需要 WebAssembly）。请换一个较新的浏览器再试。",
                        "These tools cannot run in this browser (they need WebAssembly). Try a recent browser."),
    "stage_start": Text("正在启动…", "Starting…"),
    "stage_runtime": Text("正在下载 Python 运行环境…", "Downloading the Python runtime…"),
    "stage_wheel": Text("正在加载规则…", "Loading the rules…"),
    "stage_import": Text("正在准备…", "Getting ready…"),
    "state_ready": Text("工具已就绪。", "The tools are ready."),
    "state_restarting": Text("工具出了点问题，正在重启；填好的内容没有丢失。",
                             "The tools stopped responding and are restarting; what you filled in is safe."),
    "progress_label": Text("工具加载进度", "Loading progress"),
    # link builder
    "builder_title": Text("生成你的售后链接", "Make your checker link"),
    "builder_intro": Text("填上店铺信息和售后承诺，下面会生成链接、二维码、商品页代码和包裹卡片。"
                          "所有内容都在本设备上生成，不会上传。",
                          "Fill in your shop and your promises; the link, QR code, product-page code and parcel "
                          "card appear below. Everything is made on this device; nothing is uploaded."),
    "group_shop": Text("店铺", "Shop"),
    "group_policy": Text("售后承诺（留空表示按法律规定）", "Your promises (leave blank to follow the law)"),
    "group_product": Text("商品（可选，适合放在某个商品页上）", "Product (optional, for one product's page)"),
    "group_site": Text("网站地址", "Site address"),
    "base_label": Text("检查器所在网站的地址", "Address of the site that hosts the checker"),
    "base_hint": Text("自己部署本站时改成你的网址，例如 https://help.example.com/；留空则用本页所在的网站。",
                      "If you host this site yourself, put its address here, e.g. https://help.example.com/. "
                      "Leave it blank to use the site this page is on."),
    "base_bad": Text("网址要以 http:// 或 https:// 开头，这里先用本页所在的网站。",
                     "The address must start with http:// or https://; until it does, this page's site is used."),
    "choose": Text("请选择", "Please choose"),
    "lang_label": Text("买家看到的语言", "Language the buyer sees"),
    "lang_zh": Text("中文", "Chinese"),
    "lang_en": Text("英文", "English"),
    "out_link": Text("链接", "Link"),
    "out_qr": Text("二维码", "QR code"),
    "qr_alt": Text("打开售后检查器的二维码：{link}", "QR code that opens the checker: {link}"),
    "out_snippet": Text("放在商品页的代码（HTML）", "Code for your product page (HTML)"),
    "out_card": Text("包裹卡片（A6，可打印）", "Parcel card (A6, printable)"),
    "copy_link": Text("复制链接", "Copy link"),
    "copy_snippet": Text("复制代码", "Copy code"),
    "download_qr": Text("下载二维码（SVG）", "Download QR code (SVG)"),
    "print_card": Text("打印卡片", "Print card"),
    "copied": Text("已复制。", "Copied."),
    "copy_failed": Text("无法自动复制，请选中后手动复制。", "Could not copy; select the text and copy it."),
    "policy_findings": Text("检查器会这样提示买家", "What the checker will tell buyers"),
    "policy_fine": Text("你的承诺不低于法律规定。", "Your promises meet or exceed the law."),
    "snippet_button": Text("售后自助检查", "Check your after-sales request"),
    "snippet_title": Text("在提交售后前检查申请是否齐全", "Check that your request is complete before you send it"),
    # parcel card
    "card_heading": Text("售后服务", "After-sales help"),
    "card_steps": Text("用手机扫描二维码，打开售后检查器。\n"
                       "按提示填写订单、问题和想要的处理方式，拍照留证。\n"
                       "检查通过后，把生成的证据包或邮件发给我们。",
                       "Scan the QR code with your phone to open the checker.\n"
                       "Fill in your order, the problem and what you want, and add photos.\n"
                       "When it says ready, send us the package or email it makes for you."),
    "card_policy": Text("我们的售后承诺", "Our promises"),
    "card_law": Text("未写明的按法律规定办理。", "Anything not listed follows the law."),
    "card_privacy": Text("填写的内容只保存在你的手机上。", "What you type stays on your phone."),
    "policy_no_reason_days": Text("签收后 {n} 天内无理由退货", "Returns for any reason within {n} days of delivery"),
    "policy_quality_return_days": Text("质量问题 {n} 天内可退货", "Faulty items can be returned within {n} days"),
    "policy_exchange_days": Text("质量问题 {n} 天内可换货", "Faulty items can be exchanged within {n} days"),
    "policy_warranty_months": Text("保修 {n} 个月", "{n}-month warranty"),
    "policy_review_working_days": Text("{n} 个工作日内审核申请", "Requests reviewed within {n} working days"),
    "contact_email": Text("售后邮箱：{value}", "Email: {value}"),
    "contact_url": Text("售后页面：{value}", "Help page: {value}"),
    # verifier
    "verify_title": Text("核对收到的证据包", "Verify a package you received"),
    "verify_intro": Text("选择买家发来的 ZIP 证据包。本页在你的设备上重新计算每个文件的 SHA-256，"
                         "和包里的清单（manifest.json）比对。文件不会上传。",
                         "Choose the ZIP package a buyer sent you. This page works out each file's SHA-256 again on "
                         "your device and compares it with the package's list (manifest.json). Nothing is uploaded."),
    "verify_pick": Text("选择证据包（ZIP）", "Choose a package (ZIP)"),
    "verify_busy": Text("正在核对…", "Checking…"),
    "verify_ok": Text("全部文件与清单一致：打包之后没有被改动过。",
                      "Every file matches the list: nothing changed after the package was made."),
    "verify_tampered": Text("有文件与清单不一致：打包之后被改动过，或者传输中损坏。请让买家重新发送。",
                            "Some files do not match the list: they changed after the package was made, or were "
                            "damaged on the way. Ask the buyer to send it again."),
    "verify_unreadable": Text("无法读取这个文件：{reason}", "Cannot read this file: {reason}"),
    "reason_not_zip": Text("它不是 ZIP 文件。", "it is not a ZIP file."),
    "reason_no_manifest": Text("里面没有 manifest.json，不是检查器生成的证据包。",
                               "it has no manifest.json, so it was not made by the checker."),
    "reason_bad_manifest": Text("里面的 manifest.json 已损坏。", "its manifest.json is damaged."),
    "reason_too_many": Text("文件数量超出检查器证据包的上限。", "it holds more files than a checker package can."),
    "verify_sums_bad": Text("SHA256SUMS 与清单不一致。", "SHA256SUMS does not agree with the list."),
    "verify_files": Text("文件", "Files"),
    "file_ok": Text("一致", "matches"),
    "file_changed": Text("已改动", "changed"),
    "file_missing": Text("缺失", "missing"),
    "file_unlisted": Text("清单里没有", "not in the list"),
    "verify_made": Text("打包日期 {date}", "Packed on {date}"),
    "verify_ready_yes": Text("打包时检查结果：可以提交（完整度 {score}/100）",
                             "When packed, the check said: ready (readiness {score}/100)"),
    "verify_ready_no": Text("打包时检查结果：还不能提交（完整度 {score}/100）",
                            "When packed, the check said: not ready (readiness {score}/100)"),
    "verify_ticket": Text("申请内容", "The request"),
    "verify_note": Text("校验值能发现改动，但不能阻止改动：同时改了文件和清单的人也能让它们一致。"
                        "它证明的是你收到的和买家打包的是同一份。",
                        "A checksum detects a change; it does not prevent one: someone who changes a file and the list "
                        "together can make them agree. It shows that what you received is what the buyer packed."),
}



def text(key: str) -> Text:
    """One of the page's sentences in both languages (the CLI words a verdict with the same ones)."""
    return _STRINGS[key]


def ui_strings(lang: str) -> dict[str, str]:
    """The merchants page's strings in `lang` (anything but "en" reads as zh-CN)."""
    return texts(lang, _STRINGS)
