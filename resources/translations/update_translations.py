"""Refresh the Chinese translation of the GUI: `python resources/translations/update_translations.py`.

1. pyside6-lupdate extracts every translate()/QT_TRANSLATE_NOOP string from ui/ and the core's
   catalogue of case facts (plus the core's vocabulary labels, which the GUI translates under "vocabulary");
2. the phrases below fill translations that are still empty (a translator
   finishes the rest in Qt Linguist: pyside6-linguist tumorboard_zh_CN.ts);
3. pyside6-lrelease compiles tumorboard_zh_CN.qm, which the program loads for a
   zh_CN locale (or TUMORBOARD_LANG=zh_CN). Untranslated strings stay English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "tumorboard_zh_CN.ts"

ZH = {
    "Cases": "病例", "Meetings": "会议", "Review": "讨论", "Follow-ups": "随访", "Settings": "设置",
    "New case": "新建病例", "Search by MRN or name (any script)…": "按病历号或姓名搜索…",
    "All primary sites": "所有原发部位", "All statuses": "所有状态", "MRN": "病历号", "Name": "姓名",
    "Primary site": "原发部位", "Status": "状态", "Case": "病例", "Last changed": "最后修改",
    "Draft (incomplete)": "草稿（不完整）", "Ready for the board": "待讨论", "Listed on a meeting": "已列入会议",
    "Discussed": "已讨论", "In follow-up": "随访中", "Closed": "已关闭",
    "Colorectal": "结直肠", "Gastric": "胃", "Small bowel": "小肠", "Oesophageal": "食管", "Pancreatic": "胰腺",
    "Biliary / gallbladder": "胆道/胆囊", "Lung": "肺", "Breast": "乳腺", "Ovarian": "卵巢",
    "Neuroendocrine / carcinoid": "神经内分泌/类癌", "Kidney": "肾", "Uterine / cervical": "子宫/宫颈",
    "Urinary tract": "泌尿道", "Hepatocellular (primary liver)": "肝细胞癌（原发性肝癌）", "Other": "其他",
    "Unknown primary": "原发不明", "Liver resection (hepatectomy)": "肝切除术", "Ablation (RFA / microwave / cryo)":
    "消融（射频/微波/冷冻）", "Systemic chemotherapy": "全身化疗", "Surveillance": "监测", "Biopsy": "活检",
    "Best supportive care": "最佳支持治疗", "Radiotherapy": "放疗", "Immunotherapy": "免疫治疗",
    "Hepatic arterial therapy (TACE / HAI)": "肝动脉治疗（TACE/HAI）", "Resection of the primary": "原发灶切除",
    "Decision support": "决策支持", "Options": "治疗方案", "Scores": "评分", "Missing data": "缺失数据",
    "Not suitable": "不适用", "Tier {n}": "第{n}级", "Save": "保存", "Undo": "撤销", "Redo": "重做",
    "Patient": "患者", "Primary tumour": "原发肿瘤", "Liver lesions": "肝脏病灶", "Extrahepatic disease": "肝外病变",
    "Condition": "一般状况", "Liver function and markers": "肝功能与肿瘤标志物", "Imaging studies": "影像检查",
    "Pathology": "病理", "Unknown": "未知", "Yes": "是", "No": "否", "unknown": "未知",
    "Record decision": "记录决定", "Defer…": "推迟…", "The board's decision": "会诊决定", "Next": "下一例",
    "Previous": "上一例", "Overdue": "逾期", "Due": "到期", "Upcoming": "即将到期", "Mark done…": "标记完成…",
    "Readiness checklist": "准备清单", "Ready for the board?": "是否可以提交讨论？", "Not ready yet": "尚未准备好",
    "Quorum met": "达到法定人数", "No quorum": "未达到法定人数",
    "Quorum expected (confirm attendance on the day)": "预计达到法定人数（当天确认出席）",
    "No quorum expected": "预计未达到法定人数", "checklist not complete": "清单未完成",
    "&Print…": "打印(&P)…", "Open as P&DF": "以 PDF 打开(&D)", "Print {name}": "打印 {name}",
    "Printing failed": "打印失败", "Sending the pages to the printer…": "正在将页面发送到打印机…",
    "The document could not be printed ({error}). It is saved as:\n{path}": "无法打印该文档（{error}）。已保存为：\n{path}",
    "the printer could not be opened": "无法打开打印机", "Cancel": "取消",
    "Open another database": "打开其他数据库", "&Open another database…": "打开其他数据库(&O)…",
    "Open another database…": "打开其他数据库…",
    "In use now: {where}. Tumorboard starts again with the database you choose.":
    "当前使用：{where}。Tumorboard 将使用您选择的数据库重新启动。",
    "Another file, a new one, the department server or demo data; Tumorboard starts again with it":
    "其他文件、新文件、科室服务器或演示数据；Tumorboard 将随之重新启动",
    "Also from File → Open another database…, or at start: tumorboard --db FILE gui, or TUMORBOARD_DATABASE_URL for a server.":
    "也可通过 文件 → 打开其他数据库…，或在启动时：tumorboard --db 文件 gui，服务器则设置 TUMORBOARD_DATABASE_URL。",
    "The quorum was not met (missing: {roles}). The minutes will say so. Finalise anyway?":
    "未达到法定人数（缺少：{roles}）。会议纪要将注明此点。仍要定稿吗？", "Start review": "开始讨论",
    "Print handout": "打印讲义", "Print minutes": "打印会议纪要", "Hospital name": "医院名称",
    "Welcome to Tumorboard": "欢迎使用 Tumorboard",
}


#: the rest of the GUI, view by view
ZH |= {
    # About / main window
    "Rule set: not available": "规则集：不可用", "Rule set: {name} {version}": "规则集：{name} {version}",
    "Program": "程序", "Decision rules": "决策规则", "Database schema": "数据库结构", "Database": "数据库",
    "Log file": "日志文件", "none": "无", "About Tumorboard": "关于 Tumorboard", "Tumorboard": "Tumorboard",
    "Navigation": "导航", "Database: {where}": "数据库：{where}", "Database location": "数据库位置",
    "Working…": "处理中…", "&File": "文件(&F)", "&New case": "新建病例(&N)", "&Print / export PDF…": "打印/导出 PDF(&P)…",
    "&Back up now…": "立即备份(&B)…", "&Quit": "退出(&Q)", "&Edit": "编辑(&E)", "&Find case": "查找病例(&F)",
    "&View": "视图(&V)", "&Full screen (meeting room)": "全屏（会议室）(&F)", "&Review": "讨论(&R)",
    "&Next case": "下一例(&N)", "&Previous case": "上一例(&P)", "&Help": "帮助(&H)",
    "Open the &log folder": "打开日志文件夹(&L)", "&About Tumorboard": "关于 Tumorboard(&A)", "Print": "打印",
    "Open a case, a meeting or the review to print it.": "请先打开病例、会议或讨论页面再打印。",
    "Creating demo cases…": "正在创建演示病例…", "Cancel": "取消",
    # Agenda
    "discussed": "已讨论", "deferred": "已推迟", "NOT READY": "未准备好", "Question: {q}": "问题：{q}",
    "Not ready for the board:": "尚不能提交讨论：",
    # Case facts
    "a whole number from {low} to {high}": "{low} 到 {high} 之间的整数", "a number from {low} to {high}": "{low} 到 {high} 之间的数值",
    "a number greater than {low}": "大于 {low} 的数值", "a number of at least {low}": "不小于 {low} 的数值",
    "Age": "年龄", "years": "岁", "Primary diagnosed on": "原发肿瘤确诊日期", "Primary radically resected": "原发灶已根治性切除",
    "Primary resectable": "原发灶可切除", "Emergency primary surgery (e.g. obstruction)": "原发灶急诊手术（如梗阻）",
    "Disease-free interval": "无病间期", "months": "个月", "Liver metastases": "肝转移",
    "Liver metastases detected on": "肝转移发现日期", "Timing": "时相",
    "Left unknown, it is derived from the two dates (within 6 months = synchronous).": "留空时根据两个日期推算（6 个月内为同时性）。",
    "Seen on": "影像/活检所见",
    "The studies that showed the liver lesions. Ultrasound alone does not confirm them: contrast CT or MRI does (DX-1).":
    "显示肝脏病灶的检查。仅有超声不能确诊：需增强 CT 或 MRI 确认（DX-1）。", "Number of lesions": "病灶数目", "Largest lesion": "最大病灶",
    "Lesion next to gallbladder or major bile duct": "病灶邻近胆囊或大胆管", "Liver disease resectable (surgeon)": "肝脏病变可切除（外科判断）",
    "Future liver remnant": "剩余肝体积", "Recurrence after earlier liver resection": "既往肝切除后复发",
    "Disease outside the liver": "肝外病变", "ECOG performance status": "ECOG 体能状态",
    "0 fully active … 4 completely disabled": "0 活动完全正常 … 4 完全丧失活动能力", "Fit for major surgery": "可耐受大手术",
    "Patient accepts surgery": "患者接受手术", "Prior systemic therapy": "既往全身治疗", "Response to systemic therapy": "全身治疗疗效",
    "Bilirubin": "胆红素", "Albumin": "白蛋白", "INR": "INR", "Ascites": "腹水", "Encephalopathy": "肝性脑病",
    "Cirrhosis": "肝硬化", "Hepatitis B or C positive": "乙肝或丙肝阳性", "AFP": "AFP", "CEA": "CEA",
    "Primary lymph-node positive": "原发灶淋巴结阳性", "“{text}” is not {allowed}": "“{text}”不是{allowed}",
    "{text} is out of range: enter {allowed}": "{text} 超出范围：请输入{allowed}",
    # Cases
    "Search cases": "搜索病例", "Filter by primary site": "按原发部位筛选", "Filter by status": "按状态筛选",
    "Filter by readiness": "按准备情况筛选",
    "Ready: the checklist is complete today (confirmed CT/MRI and liver function within their age limits, ECOG, liver remnant when needed)":
        "已准备好：今日清单完整（CT/MRI 确诊与肝功能均在有效期内，ECOG，需要时有剩余肝体积）",
    "Any readiness": "任意准备情况", "Ready": "已准备好", "Not ready": "未准备好", "Case list": "病例列表",
    "Showing the first %n case(s); counting the rest…": "显示前 %n 个病例；正在统计其余病例…", "%n case(s)": "%n 个病例",
    # Crash
    "Tumorboard: unexpected error": "Tumorboard：意外错误",
    "An unexpected error occurred. Saved data is safe; the last action may not have completed.\n\nThe details were written to:\n{path}\n\nPlease send this file to your IT support.":
        "发生意外错误。已保存的数据是安全的；最后一步操作可能未完成。\n\n详细信息已写入：\n{path}\n\n请将此文件发送给信息科。",
    # Decision panel
    "Correct the marked fields to see the options: {f}": "请更正标出的字段以查看治疗方案：{f}", "provisional": "暂定",
    "Rules: {ids}": "规则：{ids}", "Sources ({n})": "出处（{n}）", "Show sources for {m}": "显示{m}的出处",
    "Enter the case facts to see the options.": "请输入病例资料以查看治疗方案。",
    "Choose the primary site to see the options.": "请选择原发部位以查看治疗方案。",
    "The decision support could not evaluate this case: {e}": "决策支持无法评估此病例：{e}",
    "Rule set {name} {version}": "规则集 {name} {version}", "No option can be recommended from these facts.": "根据现有资料无法推荐治疗方案。",
    "Child-Pugh": "Child-Pugh", "class {c} ({p} points)": "{c} 级（{p} 分）", "ALBI": "ALBI", "grade {g} ({v:.2f})": "{g} 级（{v:.2f}）",
    "Fong clinical risk score": "Fong 临床风险评分", "{p} of {of}": "{p}/{of}", "colorectal primaries only": "仅适用于结直肠原发", "{p}\u2013{most} of {of} ({unknown} unknown)": "{p}\u2013{most}/{of}（{unknown}未知）", "Tumour burden score": "肿瘤负荷评分",
    # Editor
    "Edit case": "编辑病例", "Mark ready for the board": "标记为可提交讨论", "Print case summary": "打印病例摘要",
    "Print follow-up schedule": "打印随访计划", "Export calendar (.ics)": "导出日历（.ics）",
    "The open follow-ups as calendar events (no patient names)": "将未完成的随访导出为日历事件（不含患者姓名）",
    "Patient name": "患者姓名", "Sex": "性别", "Date of birth": "出生日期", "Case title": "病例标题",
    "e.g. Synchronous colorectal liver metastases": "例如：同时性结直肠癌肝转移", "Date": "日期", "Modality": "检查方式",
    "Findings": "所见", "Study date": "检查日期", "Study modality": "检查方式", "Study findings": "检查所见", "Add study": "添加检查",
    "Test": "检查项目", "Result": "结果", "Laboratory results": "化验结果", "Date the sample was taken": "采样日期",
    "Laboratory test": "化验项目", "value": "数值", "Laboratory value": "化验数值", "Add result": "添加结果",
    "Dated results (the readiness check needs recent ones)": "带日期的结果（准备清单需要近期结果）", "Pathology and notes": "病理与备注",
    "Histology, molecular markers (RAS/BRAF, MSI), other notes": "组织学、分子标志物（RAS/BRAF、MSI）及其他备注", "Notes": "备注",
    "Case: {name}": "病例：{name}", "not saved yet": "尚未保存", "Laboratory value: “{t}” is not a number.": "化验数值：“{t}”不是数字。",
    "Laboratory value: must be zero or more.": "化验数值：不能小于零。",
    "The MRN is required (letters and digits, up to 40).": "必须填写病历号（字母和数字，最多 40 个字符）。",
    "The patient's name is required.": "必须填写患者姓名。", "Not saved. Please correct the marked fields:": "未保存。请更正标出的字段：",
    "{value} is not allowed: {allowed}": "不允许 {value}：{allowed}", "Not saved. Please correct:": "未保存。请更正：",
    "Save first": "请先保存", "Save the case before marking it ready.": "标记为可提交讨论前请先保存病例。",
    "The checklist is not complete:": "准备清单尚未完成：",
    "Mark it ready anyway? It will be flagged on the agenda.": "仍然标记为可提交讨论吗？它将在议程上被标出。",
    "Unsaved changes": "未保存的更改", "This case has changes that are not saved. Save them before closing?": "此病例有未保存的更改。关闭前保存吗？",
    # Errors
    "The disk holding the database is full. Nothing was saved, and what you typed is still on screen. Free some space (or ask IT), then save again.":
        "数据库所在磁盘已满。未保存任何内容，您输入的内容仍在屏幕上。请释放空间（或联系信息科）后再保存。",
    "The database is busy: another program or workstation is writing to it. Nothing was saved, and what you typed is still on screen. Wait a moment and save again.":
        "数据库正忙：另一个程序或工作站正在写入。未保存任何内容，您输入的内容仍在屏幕上。请稍候再保存。",
    "The database file is read-only for your user account. Nothing was saved. Ask IT to give you write access, or open another database.":
        "您的账户对数据库文件只有只读权限。未保存任何内容。请联系信息科开通写入权限，或打开其他数据库。",
    "The database file cannot be opened. Check that the folder still exists and that you may write to it.":
        "无法打开数据库文件。请检查文件夹是否存在以及您是否有写入权限。",
    "The database server cannot be reached. Check the network connection; nothing was saved and what you typed is still on screen.":
        "无法连接数据库服务器。请检查网络连接；未保存任何内容，您输入的内容仍在屏幕上。",
    "• {field}: {value} is not allowed — {allowed}": "• {field}：不允许 {value} — {allowed}", "Please check the entries": "请检查输入内容",
    "Nothing was saved. Please correct:": "未保存任何内容。请更正：", "Changed by someone else": "已被他人修改", "Not found": "未找到",
    "This record no longer exists (it may have been removed on another workstation).": "此记录已不存在（可能已在其他工作站上删除）。",
    "Database from a newer version": "数据库来自更新版本",
    "This database was written by a newer version of Tumorboard and was not changed. Please install the newer version.":
        "此数据库由更新版本的 Tumorboard 写入，未作任何更改。请安装新版本。",
    "Network drive not supported": "不支持网络驱动器", "Database problem": "数据库问题", "Could not save": "无法保存",
    "File problem": "文件问题", "The file could not be read or written: {error}": "无法读取或写入文件：{error}", "Unexpected error": "意外错误",
    "Something went wrong that the program did not expect. Your input is still on screen. The details were written to the log file.":
        "程序遇到意外问题。您输入的内容仍在屏幕上。详细信息已写入日志文件。",
    # Follow-ups
    "Follow-up done": "随访已完成", "Note": "备注",
    "“New lesion” or “progression” puts the case back on the board's ready list.": "“新病灶”或“进展”会将病例重新列入待讨论名单。",
    "Rule": "规则", "The follow-up rule in the rule catalogue that planned this test": "安排此项检查的随访规则（见规则目录）", "Overdue follow-ups": "逾期随访", "Due follow-ups": "到期随访", "Upcoming follow-ups": "即将到期的随访",
    "Decided": "决定日期", "Decision": "决定", "Who informs": "告知人", "Inform patient by": "告知患者期限", "Inform referrer by": "告知转诊医生期限",
    "Told": "已告知", "Decisions not yet communicated": "尚未告知的决定", "Worklist": "工作清单",
    "No follow-ups overdue.": "没有逾期的随访。", "No follow-ups due soon.": "近期没有到期的随访。",
    "No further follow-ups planned.": "没有其他计划中的随访。",
    "Every decision has been communicated to the patient and the referring doctor.": "所有决定均已告知患者和转诊医生。",
    "Not yet communicated": "尚未告知", "Open case": "打开病例", "Patient informed": "已告知患者", "Referring doctor informed": "已告知转诊医生",
    "patient": "患者", "referrer": "转诊医生", "nobody yet": "尚未告知任何人", "Overdue ({n})": "逾期（{n}）", "Due ({n})": "到期（{n}）",
    "Upcoming ({n})": "即将到期（{n}）", "Not yet communicated ({n})": "尚未告知（{n}）", "as of {d}": "截至 {d}", "case #{id}": "病例 #{id}",
    # Meetings
    "New meeting": "新建会议", "Meeting date": "会议日期", "Start time": "开始时间", "Place": "地点",
    "e.g. Conference room 3B": "例如：3B 会议室", "Liver metastasis board": "肝转移多学科会诊", "Title": "标题",
    "Add ready cases": "添加已准备好的病例", "Cases marked ready for the board. Tick the ones to discuss; the agenda flags any whose checklist is not complete.": "已标记为待讨论的病例。请勾选要讨论的病例；准备清单未完成的病例会在议程中标出。",
    "Ready cases": "已准备好的病例", "No case is ready for the board at the moment.": "目前没有可提交讨论的病例。",
    "New meeting…": "新建会议…", "Choose or create a meeting.": "请选择或新建会议。", "Agenda": "议程",
    "Question for the board": "提交会诊的问题", "The question for the board about the selected case": "所选病例提交会诊的问题",
    "Add ready cases…": "添加已准备好的病例…", "Remove from agenda": "从议程中移除", "Export invitation (.ics)": "导出会议邀请（.ics）",
    "A calendar invitation with the agenda (cases by number, no names)": "含议程的日历邀请（仅病例编号，不含姓名）",
    "Finalise meeting": "会议定稿", "Agenda (drag to reorder)": "议程（拖动调整顺序）", "Question:": "问题：", "Attendance": "出席",
    "Role": "角色", "Present": "出席", "Attendee name": "出席者姓名", "Attendee role": "出席者角色", "Add": "添加",
    "Save attendance": "保存出席情况", "Attendance and quorum": "出席与法定人数", "nursing": "护理", "pathology": "病理科",
    "finalised": "已定稿", "Finalised": "已定稿", "Planned": "计划中", "%n case(s) not ready": "%n 个病例未准备好",
    "{name} present": "{name} 出席", "missing: {roles}": "缺少：{roles}",
    # Print
    "Save PDF": "保存 PDF", "PDF files (*.pdf)": "PDF 文件 (*.pdf)", "Preparing the PDF…": "正在生成 PDF…",
    "Calendar files (*.ics)": "日历文件 (*.ics)", "Save as": "另存为", "Preparing {name}": "正在生成{name}",
    "Writing the file": "正在写入文件", "Exporting…": "正在导出…",
    "Save the case to check whether it is ready for the board.": "保存病例后即可检查是否可以提交讨论。",
    # Results
    "No evidence of disease": "无疾病证据", "Stable": "稳定", "Response": "缓解", "New lesion (back to the board)": "新病灶（重新提交会诊）",
    "Progression (back to the board)": "进展（重新提交会诊）", "Not done": "未完成",
    # Review
    "{n} years": "{n} 岁", "Chosen treatment": "选定的治疗", "Intent": "治疗目的", "not applicable": "不适用",
    "Reason for deviating from the tier-1 options": "偏离第 1 级方案的理由", "Reason for deviating": "偏离理由", "Rationale": "理由",
    "The patient's preference": "患者意愿", "A clinical trial was considered": "已考虑临床试验",
    "Who informs the patient and the referring doctor": "由谁告知患者和转诊医生", "Inform the patient by": "告知患者期限",
    "Inform the referring doctor by": "告知转诊医生期限", "Planned treatment date": "计划治疗日期",
    "Treatment (the tier-1 options are ticked)": "治疗（已勾选第 1 级方案）", "Patient's preference": "患者意愿",
    "Treatment date": "治疗日期", "Add to agenda": "加入议程", "ALT": "ALT", "AST": "AST", "Creatinine": "肌酐", "Platelets": "血小板", "Treatment decided": "决定的治疗", "Choose at least one treatment.": "请至少选择一种治疗。",
    "The decision differs from the tier-1 options: write the reason.": "决定与第 1 级方案不同：请填写理由。",
    "⚠ This differs from the tier-1 options ({names}). A reason is required.": "⚠ 与第 1 级方案（{names}）不同，必须填写理由。",
    "Deviates from the tier-1 options ({names}).": "与第 1 级方案（{names}）不同。",
    "Past this date and not yet told": "已过期限，尚未告知",
    "Choose the result…": "请选择结果…", "Book again for": "重新预约日期",
    "Attendance changed: not saved yet (Save attendance)": "出席情况已更改，尚未保存（保存出席）",
    "Unusual in µmol/L: a value in mg/dL is multiplied by 17.1. Check the unit.": "以 µmol/L 计不常见：mg/dL 的数值需乘以 17.1。请核对单位。",
    "Unusual in g/L: a value in g/dL is multiplied by 10. Check the unit.": "以 g/L 计不常见：g/dL 的数值需乘以 10。请核对单位。",
    "Unusual for an INR. Check the value.": "INR 数值不常见，请核对。",
    "Meeting": "会议", "Previous case": "上一例", "Next case": "下一例", "Time spent on this case": "本病例用时",
    "Time the board has spent on this case; kept in the minutes.": "会诊在本病例上花费的时间；记入会议纪要。",
    "Amend decision…": "修改决定…", "Choose a meeting to review its cases.": "请选择会议以讨论其病例。", "No cases on this agenda": "此议程没有病例",
    "Add ready cases to the meeting's agenda first.": "请先将已准备好的病例加入会议议程。", "Case {i} of {n}": "第 {i} 例，共 {n} 例",
    "Decision recorded by {who} on {when}.": "决定由 {who} 于 {when} 记录。", "Deviates from the recommendation.": "偏离推荐方案。",
    "Amended: {r}": "已修改：{r}", "Deferred: {r}": "已推迟：{r}", "Status: {s}": "状态：{s}", "Save amendment…": "保存修改…",
    "Time on this case: {m}:{s:02d}": "本病例用时：{m}:{s:02d}", "Defer this case": "推迟此病例",
    "Why is the case deferred? It is carried to the next meeting's agenda.": "为什么推迟此病例？它将被转入下次会议议程。",
    "Amend the decision": "修改决定", "Why is the decision amended? The reason is kept in the audit trail.": "为什么修改决定？理由将记入审计记录。",
    # Settings
    "Logo file": "标志文件", "PNG or JPEG printed on handouts (optional)": "打印在讲义上的 PNG 或 JPEG（可选）", "Choose…": "选择…",
    "Core specialties, one per line": "核心专科，每行一个", "Save settings": "保存设置", "The board": "会诊组", "Logo": "标志",
    "Core specialties\n(quorum)": "核心专科\n（法定人数）", "Test print": "测试打印",
    "A handout with invented patients under this letterhead: checks logo, name and printer": "使用此信头和虚构患者的讲义：检查标志、名称和打印机",
    "invented patients, this letterhead": "虚构患者，此信头", "Handouts": "讲义", "Back up now…": "立即备份…",
    "Restore from a backup…": "从备份恢复…", "Server databases are backed up by the server's administrator.": "服务器数据库由服务器管理员备份。",
    "Location": "位置",
    "To use another database or a department server, start Tumorboard with --db FILE or set TUMORBOARD_DATABASE_URL.":
        "如需使用其他数据库或科室服务器，请用 --db FILE 启动 Tumorboard，或设置 TUMORBOARD_DATABASE_URL。",
    "Rule parameters": "规则参数", "Parameter": "参数", "Value": "数值", "Meaning": "含义", "Source": "出处",
    "Rule parameters (read-only)": "规则参数（只读）",
    "Thresholds the decision support uses, each with its source. They are changed only by a reviewed parameter file, never here.":
        "决策支持使用的阈值及其出处。只能通过经审核的参数文件修改，不能在此修改。",
    "Re-evaluate all open cases": "重新评估所有未结病例",
    "Run the decision rules again on every open case (after a rule-set or parameter update)": "对每个未结病例重新运行决策规则（规则集或参数更新后）",
    "Parameters unavailable: {e}": "参数不可用：{e}", "Choose the hospital logo": "选择医院标志", "Images (*.png *.jpg *.jpeg)": "图片 (*.png *.jpg *.jpeg)",
    "Saved.": "已保存。", "Re-evaluating…": "正在重新评估…", "No open cases to re-evaluate.": "没有需要重新评估的未结病例。",
    "{n} open case(s) re-evaluated; {changed} with a changed first-choice recommendation.": "已重新评估 {n} 个未结病例；其中 {changed} 个的首选推荐发生变化。",
    "Stopped; the cases done so far keep their new evaluation.": "已停止；已完成的病例保留新的评估结果。",
    "Re-evaluating open cases…": "正在重新评估未结病例…", "Back up the database": "备份数据库", "SQLite database (*.sqlite)": "SQLite 数据库 (*.sqlite)",
    "Backup done": "备份完成", "The database was backed up to:\n{p}": "数据库已备份到：\n{p}", "Choose a backup": "选择备份",
    "SQLite database (*.sqlite *.db)": "SQLite 数据库 (*.sqlite *.db)", "Restore from a backup": "从备份恢复",
    "The current database will be replaced by the backup (it is checked first; a copy of the current one is kept). Tumorboard closes afterwards; start it again. Continue?":
        "当前数据库将被备份替换（会先检查备份，并保留当前数据库的副本）。之后 Tumorboard 将关闭，请重新启动。是否继续？",
    "Restored": "已恢复", "The backup was restored. Tumorboard will now close.": "备份已恢复。Tumorboard 现在将关闭。",
    "Female": "女", "Male": "男",
    # Welcome
    "There is no Tumorboard database on this computer yet. How would you like to start?": "这台电脑上还没有 Tumorboard 数据库。您想如何开始？",
    "Create a new database on this computer": "在这台电脑上新建数据库", "Where the new database will be": "新数据库的位置", "Change…": "更改…",
    "Open an existing database file": "打开现有数据库文件", "Database file to open": "要打开的数据库文件", "…/tumorboard.sqlite": "…/tumorboard.sqlite",
    "Browse…": "浏览…", "Connect to the department server (several workstations share one board)": "连接科室服务器（多台工作站共用一个会诊组）",
    "Server address": "服务器地址", "Explore with demo data (invented patients, nothing is kept)": "用演示数据体验（虚构患者，不保存任何内容）",
    "printed on handouts and minutes": "打印在讲义和会议纪要上", "Start": "开始", "New database": "新建数据库", "Open database": "打开数据库",
    "Choose an existing database file to open.": "请选择要打开的现有数据库文件。",
    "Enter the server address, e.g. postgresql+psycopg://user@server/tumorboard": "请输入服务器地址，例如 postgresql+psycopg://user@server/tumorboard",
    "Choose where the new database will be.": "请选择新数据库的位置。",
    # vocabulary
    "Confirmatory imaging (contrast CT / MRI)": "确诊影像（增强 CT/MRI）", "PET-CT": "PET-CT", "Ethanol injection": "无水乙醇注射",
    "Somatostatin analogue": "生长抑素类似物", "Diagnostic": "诊断性", "Curative": "根治性", "Adjuvant": "辅助性", "Palliative": "姑息性",
    "Synchronous": "同时性", "Metachronous": "异时性", "Simultaneous (one operation)": "同期（一次手术）", "Staged": "分期",
    "After the primary": "原发灶之后", "Liver ultrasound": "肝脏超声", "Contrast CT or MRI of the liver": "肝脏增强 CT 或 MRI",
    "CEA blood test": "CEA 血液检查", "Response imaging": "疗效评估影像", "Clinic review": "门诊复诊", "Ultrasound": "超声",
    "Contrast CT": "增强 CT", "MRI": "MRI", "Suspected": "疑似", "Confirmed": "已确诊", "Resectable": "可切除", "Extensive": "广泛",
    "Stable disease": "疾病稳定", "Progression": "进展", "Mild": "轻度", "Moderate / severe": "中度/重度", "Grade 1-2": "1-2 级",
    "Grade 3-4": "3-4 级", "None": "无",
}

#: strings inside f-strings and the readiness checklist
ZH |= {
    "ddd dd MMM yyyy": "yyyy年M月d日 ddd", "No case matches the search and filters.": "没有符合搜索和筛选条件的病例。",
    "No cases yet. Start with “New case”.": "还没有病例。请点击“新建病例”开始。", "Imaging": "影像", "Not known": "未知项", "Not ready yet": "尚未准备好", "not enough data": "资料不足",
    "%n overdue": "%n 项逾期", "%n case(s) on the agenda": "议程上有 %n 个病例",
    "%n case(s) on the agenda have no decision and were not deferred. Record a decision or defer each before "
    "finalising.": "议程上有 %n 个病例既没有决定也未推迟。请先为每个病例记录决定或推迟，然后再定稿。",
    "Preparation, decision support, minutes and follow-up for a liver-metastasis tumor board.":
        "肝转移多学科会诊的病例准备、决策支持、会议纪要与随访。",
    "Decision support suggests; the board decides.": "决策支持仅供参考；由会诊组作出决定。",
    "Confirmed cross-sectional imaging (contrast CT or MRI)": "已有断层影像确诊（增强 CT 或 MRI）",
    "Imaging not older than {n} weeks": "影像检查不超过 {n} 周", "Liver function (bilirubin, albumin, INR)": "肝功能（胆红素、白蛋白、INR）",
    "Liver function tests not older than {n} weeks": "肝功能检查不超过 {n} 周", "Performance status (ECOG)": "体能状态（ECOG）",
    "Future liver remnant (when resection is considered)": "剩余肝体积（考虑切除时）",
    "no contrast CT or MRI on record": "没有增强 CT 或 MRI 记录", "no dated CT/MRI study recorded": "没有带日期的 CT/MRI 检查记录",
    "bilirubin, albumin and INR known": "胆红素、白蛋白和 INR 均已知", "ECOG not recorded": "未记录 ECOG",
    "not needed: no resection proposed": "不需要：未建议切除", "on record: {rest}": "已有记录：{rest}",
    "latest CT/MRI {rest}": "最近一次 CT/MRI：{rest}", "missing: {rest}": "缺少：{rest}",
    "too old or missing: {rest}": "过期或缺失：{rest}", "all taken since {rest}": "均在 {rest} 之后采集", "needed: {rest}": "需要：{rest}",
}


# the coordinator's week (issue 17): date fields, corrections, the worklist, the case history, meetings
ZH |= {
    "Type YYYY-MM-DD (or {example})": "输入 YYYY-MM-DD（或 {example}）", "; YYYY-MM when only the month is known": "；只知道月份时输入 YYYY-MM",
    "; leave empty when unknown": "；未知时留空", "Calendar (Alt+Down)": "日历（Alt+下箭头）",
    "Choose {name} in a calendar": "在日历中选择{name}", "{name} is required: enter a date as YYYY-MM-DD": "{name}为必填项：请按 YYYY-MM-DD 输入日期",
    "“{text}” is not a date: enter {name} as YYYY-MM-DD": "“{text}”不是日期：请按 YYYY-MM-DD 输入{name}",
    "{name} cannot be after {limit} (entered: {value})": "{name}不能晚于{limit}（输入的是：{value}）",
    "{name} cannot be before {limit} (entered: {value})": "{name}不能早于{limit}（输入的是：{value}）",
    "{name}: {value} is before 1900": "{name}：{value} 早于 1900 年", "Month only: counted as {day}": "只有月份：按 {day} 计算",
    "today ({day})": "今天（{day}）", "the primary diagnosis ({day})": "原发肿瘤诊断日期（{day}）",
    "the date of birth ({day})": "出生日期（{day}）",
    "Correct…": "更正…", "Remove…": "删除…", "Correct {what}": "更正 {what}", "Remove {what}": "删除 {what}",
    "Remove {what} from this case?": "从本病例中删除 {what}？", "Corrected {what}.": "已更正 {what}。", "Removed {what}.": "已删除 {what}。",
    "The correction was undone.": "已撤销更正。", "Reason": "原因", "Reason for the correction": "更正原因",
    "Required: the board has discussed this case": "必填：会诊组已讨论过此病例", "Optional": "可选",
    "Reason: the board has discussed this case; say why it is corrected.": "原因：会诊组已讨论过此病例，请说明更正原因。",
    "Undo of the correction: {reason}": "撤销更正：{reason}", "Choose the test…": "选择检验项目…", "Choose the modality…": "选择检查方式…",
    "Laboratory test: choose the test from the list.": "检验项目：请从列表中选择。",
    "Study modality: choose CT, MRI, … from the list.": "检查方式：请从列表中选择 CT、MRI 等。",
    "Open (all dates)": "未完成（全部日期）", "Due soon (and overdue)": "即将到期（含逾期）", "Done": "已完成",
    "Every follow-up": "全部随访", "All tests": "所有检查", "Due from": "到期起始", "Due to": "到期截止", "due from": "到期起始",
    "due to": "到期截止", "Responsible…": "负责人…", "Responsible": "负责人", "Responsible person": "负责人", "Clear filters": "清除筛选",
    "Search follow-ups by MRN or name": "按病历号或姓名搜索随访", "Show": "显示", "Primary site": "原发部位", "Test": "检查",
    "Status": "状态", "Done on": "完成日期", "Result": "结果", "Note": "备注", "Patient": "患者", "MRN": "病历号",
    "(provisional)": "（暂定）", "open": "未完成", "done": "已完成", "cancelled": "已取消", "overdue": "逾期",
    "◀ Previous": "◀ 上一页", "Next ▶": "下一页 ▶", "{first}–{last} of {total}": "第 {first}–{last} 条，共 {total} 条",
    "Follow-ups ({n})": "随访（{n}）", "Not yet communicated ({n})": "尚未告知（{n}）",
    "Not yet communicated ({n}, {late} overdue)": "尚未告知（{n}，{late} 项逾期）",
    "Print list…": "打印列表…", "Export CSV…": "导出 CSV…", "The list as filtered and sorted, as a PDF to print":
    "按当前筛选和排序的列表，生成 PDF 打印", "Every follow-up of the filtered list, for a spreadsheet": "筛选后的全部随访，供电子表格使用",
    "No follow-up matches these filters. Clear the filters to see every open follow-up.":
    "没有符合筛选条件的随访。清除筛选可查看全部未完成随访。",
    "Select a follow-up in the list first: then Mark done… records its result.": "请先在列表中选择一项随访，然后用“标记完成…”记录结果。",
    "Select a row first: then Open case opens its case.": "请先选择一行，再用“打开病例”。",
    "Select a decision in the list first.": "请先在列表中选择一项决定。", "This follow-up is already closed ({status}).": "此随访已关闭（{status}）。",
    "This column does not sort": "此列不能排序", "“Due to” is before “due from”.": "“到期截止”早于“到期起始”。",
    "Counted from the meeting: no treatment date was known. It moves when the treatment date is entered.":
    "按会诊日期计算：尚无治疗日期。录入治疗日期后会随之调整。",
    "History": "历史", "Case history": "病例历史", "Meetings": "会议", "Decisions": "决定", "Follow-ups": "随访",
    "Changes": "修改记录", "Not on any meeting yet.": "尚未列入任何会议。", "No decision yet.": "尚无决定。",
    "No follow-ups planned.": "未安排随访。", "not yet discussed": "尚未讨论", "discussed": "已讨论", "deferred": "已推迟",
    "no question written": "未填写问题", "reason: {r}": "原因：{r}", "Deviates from the tier-1 options: {r}": "偏离一级方案：{r}",
    "Recorded by {who} on {when}": "由 {who} 于 {when} 记录", "Amended by {who}: {r}": "由 {who} 修改：{r}", "told": "已告知",
    "not yet told": "尚未告知", "nobody named": "未指定",
    "{who} informs the patient by {p} ({tp}) and the referring doctor by {r} ({tr})":
    "{who} 于 {p} 前告知患者（{tp}），于 {r} 前告知转诊医生（{tr}）",
    "Treatment given on {d}": "治疗已于 {d} 完成", "Treatment planned for {d}": "治疗计划于 {d}",
    "No treatment date yet: the follow-ups count from the meeting (provisional).": "尚无治疗日期：随访按会诊日期计算（暂定）。",
    "Treatment given on…": "治疗完成日期…", "Treatment given": "治疗已完成", "Treatment given on": "治疗完成日期", "Given on": "完成日期",
    "{what}: the day it was given. The open follow-ups are counted from it.": "{what}：实际治疗日期。未完成的随访将从该日起计算。",
    "Treatment given on {day}: {n} open follow-up(s) re-dated by {shift} day(s); the next is now due {first}.":
    "治疗已于 {day} 完成：{n} 项未完成随访已调整 {shift} 天；下一项现于 {first} 到期。",
    "Treatment given on {day}: the follow-up dates did not need to change.": "治疗已于 {day} 完成：随访日期无需调整。",
    "Work-up in progress: facts or results are still missing.": "检查进行中：仍缺少资料或结果。",
    "Complete: waiting to be put on a meeting's agenda.": "资料完整：等待列入会议议程。",
    "On a meeting's agenda (see Meetings).": "已列入会议议程（见“会议”）。",
    "The board has decided (see Decisions); no follow-up is planned.": "会诊组已作出决定（见“决定”）；未安排随访。",
    "The board has decided; follow-ups are planned (see Follow-ups).": "会诊组已作出决定；已安排随访（见“随访”）。",
    "Closed: nothing further is planned.": "已关闭：无后续安排。", "Case": "病例", "Lab result": "检验结果", "Imaging study": "影像检查",
    "Agenda": "议程", "Decision": "决定", "Follow-up": "随访", "added": "已添加", "changed": "已修改", "removed": "已删除",
    "status changed": "状态已变更", "recorded": "已记录", "amended": "已修改", "re-dated": "已改期", "treatment given": "治疗已完成",
    "follow-ups planned": "已安排随访", "listed": "已列入", "yes": "是", "no": "否", "{n} from {start}": "{n} 项，自 {start} 起",
    "provisional": "暂定", "Decision support": "决策支持",
    "Move up": "上移", "Move down": "下移", "Agenda (drag, or Ctrl+Up / Ctrl+Down, to reorder)": "议程（拖动或按 Ctrl+上/下 调整顺序）",
    "No cases on this agenda yet. “Add ready cases…” lists the cases marked ready for the board.":
    "议程上还没有病例。“添加待讨论病例…”会列出已标记为待讨论的病例。",
    "Select a case on the agenda to write its question": "请先在议程中选择病例，再填写问题",
    "Title: enter the board's name, e.g. Liver metastasis board.": "标题：请输入会诊名称，例如“肝转移会诊”。",
    "Place: enter where the board meets, e.g. Conference room 3B.": "地点：请输入会诊地点，例如“3B 会议室”。",
    "Standing members\n(name, role)": "常任成员\n（姓名，角色）", "Standing members, one per line: name, role": "常任成员，每行一人：姓名，角色",
    "Standing members: write each as “name, role”: {lines}": "常任成员：请按“姓名，角色”填写：{lines}",
    "The meeting is still ahead": "会议尚未举行",
    "This meeting is on {day}, and today is {today}. Record the board's decision now, before the meeting?":
    "此会议在 {day}，今天是 {today}。要在会议之前现在记录会诊决定吗？",
    "Timing": "时机", "referrer by": "转诊医生告知期限", "Notes": "备注", "Treatment date": "治疗日期",
    "(empty)": "（空）", "Date of birth": "出生日期", "Date the sample was taken": "采样日期", "Study date": "检查日期",
    "Value": "数值", "Modality": "检查方式", "Reason for deviating": "偏离原因", "Treatment": "治疗", "Intent": "治疗目的",
    "Inform patient by": "告知患者期限", "Inform referrer by": "告知转诊医生期限", "Book again for": "重新预约日期",
    "Meeting date": "会议日期", "Place": "地点", "Name": "姓名", "Sex": "性别", "Case title": "病例标题",
    "CSV files for spreadsheets (*.csv)": "电子表格 CSV 文件 (*.csv)", "Due": "到期",
}


# strings of other screens that the issue-17 regeneration picked up untranslated (referrals, FHIR, letters, figures)
ZH |= {
    "Follow-up if the board accepts tier 1": "若会诊组采纳第 1 级方案的随访",
    "Provisional: only if the board confirms a provisional first choice.": "暂定：仅当会诊组确认暂定的首选方案时适用。",
    "{n} more": "另有 {n} 项", "Export FHIR (.json)": "导出 FHIR（.json）",
    "The case as a FHIR R4 / mCODE bundle for another board or the hospital's record": "将病例导出为 FHIR R4 / mCODE 包，供其他会诊或医院病历使用",
    "Letter to referrer…": "致转诊医生的信…", "The latest decision as a letter to the referring doctor and the GP": "将最新决定写成致转诊医生和家庭医生的信",
    "CEA and lesion size chart": "CEA 与病灶大小图表", "CEA results and the largest liver lesion over time": "CEA 结果与最大肝脏病灶随时间的变化",
    "Import FHIR bundle": "导入 FHIR 包", "FHIR JSON (*.json)": "FHIR JSON 文件 (*.json)",
    "{0} case(s) imported: {1} new patient(s), {2} matched by MRN, {3} decision(s), {4} follow-up(s).":
    "已导入 {0} 个病例：{1} 位新患者，{2} 位按病历号匹配，{3} 项决定，{4} 项随访。",
    "Not mapped ({0}):": "未能对应（{0}）：", "Everything in the file was mapped.": "文件中的全部内容均已对应。",
    "Board figures": "会诊统计", "Save as PDF…": "另存为 PDF…", "Meetings from": "会议起始", "to": "至", "Figure": "图表",
    "Cases and minutes per meeting": "每次会议的病例数与时长（分钟）", "Why decisions deviated from the tier-1 recommendation": "决定偏离第 1 级建议的原因",
    "Attendance by specialty": "按专科统计的出席情况", "Why cases were deferred": "病例推迟的原因", "No attendance recorded.": "未记录出席情况。",
    "{n} meetings · computed in {ms} ms": "{n} 次会议 · 用时 {ms} 毫秒", "CEA and lesion size: {0}": "CEA 与病灶大小：{0}", "Drawing…": "正在绘制…",
    "Letter to the referrer": "致转诊医生的信",
    "Record that the letter was sent: the referring doctor is informed as of today?": "记录信件已寄出：转诊医生自今天起视为已告知？",
    "Import &referrals…": "导入转诊名单(&R)…", "Import FHIR &bundle…": "导入 FHIR 包(&B)…", "Import referrals": "导入转诊名单",
    "Referral lists (*.csv *.xlsx)": "转诊名单 (*.csv *.xlsx)", "Import referrals: {0}": "导入转诊名单：{0}", "Detect": "自动识别",
    "day first (31.12.2026, 31/12/2026)": "日在前（31.12.2026、31/12/2026）", "month first (12/31/2026)": "月在前（12/31/2026）",
    "Encoding": "编码", "Dates": "日期", "Row": "行", "Column": "列", "What is allowed / what changes": "允许的内容 / 将发生的变化",
    "Import all rows": "导入全部行", "Import the valid rows…": "导入有效行…", "Checking the referral list…": "正在检查转诊名单…",
    "{0} rows ({1}): {2} new, {3} matched, {4} refused.": "{0} 行（{1}）：新增 {2}，匹配 {3}，拒绝 {4}。",
    "Fix the refused rows, or import the valid rows and get the rest as a CSV to fix.": "请修正被拒绝的行，或先导入有效行，其余行另存为 CSV 以便修正。",
    "new": "新增", "matched": "已匹配", "refused": "已拒绝", "the patient's record gets a new version": "患者记录将生成新版本",
    "a known patient: a new draft case": "已知患者：新建草稿病例", "a new patient and draft case": "新患者及草稿病例",
    "Save the refused rows": "保存被拒绝的行", "CSV (*.csv)": "CSV 文件 (*.csv)",
    "{0} draft case(s) imported: {1} new patient(s), {2} updated.": "已导入 {0} 个草稿病例：{1} 位新患者，{2} 位已更新。",
    "{0} refused row(s) saved to {1}.": "{0} 个被拒绝的行已保存到 {1}。", "Importing referrals…": "正在导入转诊名单…",
    "The decision as a letter to the referring doctor and the GP": "将决定写成致转诊医生和家庭医生的信",
    "The server refused the password. Password for {server}:": "服务器拒绝了密码。{server} 的密码：", "Password for {server}:": "{server} 的密码：",
    "Department server": "科室服务器", "Dr. Chen, hepatobiliary surgery\nDr. Weber, radiology": "陈医生, 肝胆外科\n韦伯医生, 放射科",
    "Cases whose first choice changed": "首选方案发生变化的病例", "Case {id} · MRN {mrn}": "病例 {id} · 病历号 {mrn}",
    "{head}: the stored facts contradict each other; open the case and correct them. {problem}": "{head}：保存的资料相互矛盾；请打开病例更正。{problem}",
    "{head}: first choice was {old}; now {new} (rules {rules})": "{head}：首选方案原为 {old}；现为 {new}（规则 {rules}）",
    "Server password": "服务器密码", "password, if the server asks": "密码（服务器要求时）",
    "Remember the password in this computer's keyring": "在本机密钥环中记住密码", "No keyring here: asked at each start": "本机无密钥环：每次启动时询问",
    "This computer has no keyring: the password is asked for at each start.": "本机没有密钥环：每次启动时都会询问密码。",
}

ZH |= {  # the fields the services name in a refusal, by their labels (ui/fact_fields.py OTHER_LABELS); ui/errors.py
    "Agenda item": "议程项", "Agenda order": "议程顺序", "Minutes for the case": "病例讨论时长（分钟）", "Time spent": "用时",
    "Who follows it up": "跟进人", "A clinical trial was considered": "已考虑临床试验",
    "Recorded before the meeting": "在会议前记录", "Login name": "登录名", "Display name": "显示名称", "Active": "有效",
    "Hospital name": "医院名称", "Logo": "标志", "Invitations from": "邀请发件人", "Core specialties": "核心专科",
    "Parameter file": "参数文件", "Contact for patients": "患者联系人", "Contact phone": "联系电话", "Language": "语言",
    "Encoding": "编码", "File": "文件", "Column mapping": "列对应", "Date order": "日期顺序", "From": "起始",
    "Number of cases": "病例数", "Question": "问题", "Attendance": "出席", "Rationale": "理由", "Who informs": "告知人",
    "Input": "输入", "Not done": "未完成",
    "it does not exist": "它不存在", "your account may not use it (permission denied)": "您的账户无权使用它（权限被拒绝）",
    "the disk is full": "磁盘已满", "the disk is read-only": "磁盘为只读", "it is a folder, not a file": "这是文件夹，不是文件",
    "a part of the path is a file, not a folder": "路径中的某一部分是文件，不是文件夹", "it exists already": "它已存在",
}

ZH |= {  # roles and permissions (ui/permissions.py, the status bar, the refusal dialog)
    "admin": "管理员", "coordinator": "协调员", "clinician": "临床医生", "viewer": "查看者", "disabled": "已停用",
    "Needs the role {needed} (you are {mine}). An admin of this board can change roles.":
        "需要角色“{needed}”（您是“{mine}”）。本会诊组的管理员可以更改角色。",
    "The account {who} is disabled on this board: it may not read or change anything. Ask an admin of this board.":
        "账户 {who} 在本会诊组已停用：不能查看或更改任何内容。请联系本会诊组的管理员。",
    "You are signed in as {who}, an account this board does not list yet: you can read and print, not change "
    "anything, until an admin gives you a role (tumorboard users set-role {who} ROLE).":
        "您以 {who} 登录，本会诊组尚未登记此账户：在管理员为您分配角色之前，您只能查看和打印，不能更改任何内容"
        "（tumorboard users set-role {who} ROLE）。",
    "You are signed in as {who} with the role viewer: you can read and print, not change anything. An admin of "
    "this board can give you another role.":
        "您以 {who} 登录，角色为“查看者”：可以查看和打印，不能更改任何内容。本会诊组的管理员可以为您分配其他角色。",
    "Your role on this board": "您在本会诊组的角色", "{who} ({role})": "{who}（{role}）", "Signed in as": "登录身份",
    "Not allowed for your role": "您的角色不允许此操作",
}


ZH |= {  # strings added by issues 15-19 (live updates, contacts, audit check, deferral owner, anatomy, markers)
    "Print follow-up schedule in Chinese (中文)": "打印中文随访计划", "Print follow-up schedule in English": "打印英文随访计划",
    "Test": "检查项目", "Reason for deviating": "偏离原因", "Reload": "重新载入", "Keep editing": "继续编辑",
    "Show the saved case; your unsaved changes are dropped": "显示已保存的病例；您未保存的更改将被丢弃",
    "Go on; saving will be refused until you reload": "继续；重新载入之前将无法保存",
    "This case was changed by {name} at {time} on another workstation.": "此病例已由 {name} 于 {time} 在另一工作站修改。",
    "someone": "他人", "default": "默认", " min": " 分钟", "Minutes planned for the selected case": "所选病例计划讨论的分钟数",
    "Time:": "时间：", "Responsible clinician (consultant or key worker)": "负责医生（主治医生或主要负责人）",
    "Referring doctor or GP to inform": "需告知的转诊医生或家庭医生", "Responsible clinician": "负责医生",
    "Referrer / GP": "转诊医生 / 家庭医生",
    "What is the open question? The case is carried to the next meeting's agenda.": "待解决的问题是什么？病例将转入下次会议议程。",
    "Who sees to it (owner of the open task)": "由谁负责（待办事项负责人）", "Owner of the open task": "待办事项负责人",
    "Contact for patients: name": "患者联系人：名称", "e.g. the liver clinic nurses": "例如：肝病门诊护士",
    "Contact for patients: phone": "患者联系人：电话", "Contact for patients: hours": "患者联系人：时间",
    "e.g. Monday to Friday, 8:00 to 16:00": "例如：周一至周五 8:00–16:00",
    "Inform patient and referrer within (working days)": "告知患者和转诊医生的期限（工作日）",
    "Minutes per case on the agenda": "议程中每个病例的分钟数", "Patients call": "患者联系", "Phone": "电话", "Hours": "时间",
    "Inform within\n(working days)": "告知期限\n（工作日）", "Minutes per case": "每例分钟数",
    "Check the audit trail": "检查审计记录",
    "Recompute the audit trail's hash chain and every decision's fingerprint: shows whether anything was changed or "
    "deleted outside Tumorboard": "重新计算审计记录的哈希链和每项决定的指纹：显示是否有内容在 Tumorboard 之外被修改或删除",
    "Checking…": "正在检查…",
    "Intact: {events} audit events and {decisions} decisions checked; nothing was changed outside Tumorboard.":
        "完整：已检查 {events} 条审计事件和 {decisions} 项决定；没有任何内容在 Tumorboard 之外被修改。",
    "Does not match: {problem}": "不一致：{problem}", "The check could not run: {error}": "无法进行检查：{error}",
    "Segment I": "I 段", "Segment II": "II 段", "Segment III": "III 段", "Segment IV": "IV 段", "Segment V": "V 段",
    "Segment VI": "VI 段", "Segment VII": "VII 段", "Segment VIII": "VIII 段", "Bilobar": "双叶",
    "Portal vein": "门静脉", "Hepatic artery": "肝动脉", "Hepatic veins": "肝静脉", "Inferior vena cava": "下腔静脉",
    "Wild type": "野生型", "Mutant": "突变型", "V600E mutant": "V600E 突变", "Other mutation": "其他突变",
    "Microsatellite stable (MSS)": "微卫星稳定（MSS）", "MSI-high": "高度微卫星不稳定（MSI-H）",
    "Segments with lesions": "病灶所在肝段", "Couinaud segments I-VIII; or bilobar.": "Couinaud 肝段 I–VIII；或双叶。",
    "Major vessels abutted or invaded": "主要血管受累（紧贴或侵犯）", "Histology": "组织学类型",
    "RAS (KRAS/NRAS)": "RAS（KRAS/NRAS）", "BRAF": "BRAF", "Microsatellite status": "微卫星状态", "Comorbidities": "合并症",
    "Age (born)": "年龄（出生日期）", "Referring clinician": "转诊医生",
    "Name, service, address: the letter is addressed here": "姓名、科室、地址：信件寄往此处", "GP": "家庭医生",
    "The patient's GP: a copy of the letter": "患者的家庭医生：抄送信件副本",
    "{field}: at most {max} characters (now {n}); shorten the address": "{field}：最多 {max} 个字符（现为 {n} 个）；请缩短地址",
    "Save the case before writing the letter: it is addressed to the referring clinician and the GP as saved.":
        "写信前请先保存病例：信件按已保存的转诊医生和家庭医生寄送。",
    "Change or cancel the follow-up": "更改或取消随访", "What to do": "操作", "Move it or change the test": "改期或更改检查项目",
    "Cancel it (it leaves the worklist)": "取消（从工作清单中移除）", "New due day": "新的到期日",
    "Why the plan changes (kept in the audit trail)": "计划变更的原因（记入审计记录）", "Change or cancel…": "更改或取消…",
    "Move a planned follow-up to another day or test, or cancel it, with a reason": "将计划中的随访改到其他日期或检查项目，或取消，并说明原因",
    "Select a follow-up in the list first: then Change or cancel… changes it.": "请先在列表中选择一项随访，然后用“更改或取消…”进行更改。",
    "The letter has no addressee: the case's “Referring clinician” and “GP” are both empty.\n\nEnter at least one in the "
    "case window (under Case title) and save; then write the letter again.":
        "信件没有收件人：病例的“转诊医生”和“家庭医生”均为空。\n\n请在病例窗口（病例标题下方）至少填写一项并保存，然后重新写信。",
    "Database: {where} — DAMAGED, nothing more is saved": "数据库：{where} — 已损坏，不再保存任何内容",
    "The database is damaged": "数据库已损坏", "&Export the meeting as FHIR…": "将会议导出为 FHIR(&E)…",
    "Export the meeting as FHIR": "将会议导出为 FHIR",
    "Choose a meeting with cases on its agenda on the Meetings page first.": "请先在“会议”页面选择一个议程中有病例的会议。",
    "Every case on the agenda as a FHIR R4 / mCODE bundle (patients, decisions, follow-ups) for the hospital's record":
        "将议程上的全部病例导出为 FHIR R4 / mCODE 包（患者、决定、随访），供医院病历使用",
    "Nothing to review yet.\n\nTo start a review: open Meetings, make the meeting with “New meeting…”, put cases on its "
    "agenda with “Add ready cases…”, then press “Start review” there (or choose the meeting above).":
        "暂无可讨论的内容。\n\n开始讨论：打开“会议”，用“新建会议…”建立会议，用“添加已准备好的病例…”将病例列入议程，"
        "然后在该页按“开始讨论”（或在上方选择会议）。",
    "This meeting has no cases on its agenda, so there is nothing to decide.\n\nOpen Meetings, choose this meeting and put "
    "cases on its agenda with “Add ready cases…” (cases marked ready for the board), then press “Start review”; or "
    "choose another meeting above.":
        "此会议的议程上没有病例，因此无需作出决定。\n\n请打开“会议”，选择此会议，用“添加已准备好的病例…”"
        "（已标记为可提交讨论的病例）将病例列入议程，然后按“开始讨论”；或在上方选择其他会议。",
    "Another file, a new one, the department server or demo data; the window reopens on it":
        "其他文件、新文件、科室服务器或演示数据；窗口将随之重新打开",
    "In use now: {where}. The window reopens on the database you choose.": "当前使用：{where}。窗口将以您选择的数据库重新打开。",
    "The board's e-mail address: calendar invitations come from it": "会诊组的电子邮件地址：日历邀请由此发出",
    "e.g. liver-mdt@hospital.example": "例如：liver-mdt@hospital.example", "Invitations from": "邀请发件人",
    # units are written the same in Chinese clinical practice
    "cm": "cm", "%": "%", "µmol/L": "µmol/L", "g/L": "g/L", "ng/mL": "ng/mL",
}


#: where one English word needs two Chinese ones: (context, source) -> translation, before ZH
ZH_CONTEXT = {
    ("CaseFacts", "Timing"): "时相",  # synchronous / metachronous
    ("Review", "Timing"): "时机",  # of the treatment: one operation, staged, after the primary
    ("Fields", "Timing"): "时机",
    ("Fields", "Reason for deviating"): "偏离理由", ("Review", "Reason for deviating"): "偏离理由",
}


def vocabulary_stub(folder: Path) -> Path:
    """The core's labels as QT_TRANSLATE_NOOP calls, so lupdate lists them too."""
    sys.path.insert(0, str(ROOT))
    from tumorboard.engine.fact_catalogue import FACTS, SECTIONS
    from tumorboard.engine.vocabulary import LABELS
    from tumorboard.services.schemas import CASE_STATUS_LABELS

    stub = folder / "vocabulary_strings.py"
    lines = [f"QT_TRANSLATE_NOOP({'vocabulary'!r}, {text!r})" for text in LABELS.values()]
    # every case fact's label and help line (the catalogue's own _() wrapper is not a name lupdate knows)
    facts = [*SECTIONS, *(t for f in FACTS for t in (f.label, f.help, f.unit, f.usual[2] if f.usual else "") if t)]
    lines += [f"QT_TRANSLATE_NOOP({'CaseFacts'!r}, {text!r})" for text in dict.fromkeys(facts)]
    lines += [f"QT_TRANSLATE_NOOP({'Status'!r}, {text!r})" for text in CASE_STATUS_LABELS.values()]
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


#: translate("Context", "text") with plain literals; lupdate skips the calls inside f-strings
CALL = re.compile(r"""translate\(\s*(["'])(\w+)\1\s*,\s*(["'])((?:(?!\3)[^\\])+)\3\s*[,)]""")


def fstring_stub(folder: Path) -> Path:
    """Every literal translate() call in ui/ again as QT_TRANSLATE_NOOP, so none is missed."""
    calls = sorted({(m.group(2), m.group(4)) for path in (ROOT / "ui").rglob("*.py")
                    for m in CALL.finditer(path.read_text(encoding="utf-8"))})
    stub = folder / "ui_strings.py"
    stub.write_text("".join(f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})\n" for ctx, text in calls), encoding="utf-8")
    return stub


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py")) + [
            str(ROOT / "tumorboard" / "engine" / "fact_catalogue.py"),  # the case facts' labels (context CaseFacts)
            str(vocabulary_stub(Path(tmp))), str(fstring_stub(Path(tmp)))]
        # no locations: the stubs live in a temporary folder, and line numbers would churn every diff
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete", "-locations", "none"],
                       check=True)
    tree = ET.parse(TS)
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            wanted = ZH_CONTEXT.get((name, source))
            if translation is not None and wanted is not None and translation.text != wanted:
                translation.text = wanted
                translation.attrib.pop("type", None)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and (translation.text or "").strip() and translation.get("type") == "unfinished" \
                and translation.text in (ZH.get(source), *ZH_CONTEXT.values()):
            translation.attrib.pop("type", None)  # lupdate marks a moved string unfinished again
        if translation is None or source not in ZH:
            continue
        if message.get("numerus") == "yes":  # Chinese has one plural form
            forms = translation.findall("numerusform")
            if forms and not any((f.text or "").strip() for f in forms):
                forms[0].text = ZH[source]
                for extra in forms[1:]:
                    translation.remove(extra)
                translation.attrib.pop("type", None)
                filled += 1
        elif (translation.text or "").strip() == ZH[source]:  # lupdate marks a moved string unfinished again
            translation.attrib.pop("type", None)
        elif not (translation.text or "").strip():
            translation.text = ZH[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    print(f"filled {filled} translations; {TS.with_suffix('.qm').name} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
