"""Refresh the Chinese translation of the GUI: `python resources/translations/update_translations.py`.

1. pyside6-lupdate extracts every translate()/QT_TRANSLATE_NOOP string from ui/
   (plus the core's vocabulary labels, which the GUI translates under "vocabulary");
2. the phrases below fill translations that are still empty (a translator
   finishes the rest in Qt Linguist: pyside6-linguist tumorboard_zh_CN.ts);
3. pyside6-lrelease compiles tumorboard_zh_CN.qm, which the program loads for a
   zh_CN locale (or TUMORBOARD_LANG=zh_CN). Untranslated strings stay English.
"""

from __future__ import annotations

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
    "Quorum met": "达到法定人数", "No quorum": "未达到法定人数", "Start review": "开始讨论",
    "Print handout": "打印讲义", "Print minutes": "打印会议纪要", "Hospital name": "医院名称",
    "Welcome to Tumorboard": "欢迎使用 Tumorboard",
}


def vocabulary_stub(folder: Path) -> Path:
    """The core's labels as QT_TRANSLATE_NOOP calls, so lupdate lists them too."""
    sys.path.insert(0, str(ROOT))
    from tumorboard.engine.vocabulary import LABELS

    stub = folder / "vocabulary_strings.py"
    stub.write_text("\n".join(f"QT_TRANSLATE_NOOP({'vocabulary'!r}, {text!r})" for text in LABELS.values()) + "\n",
                    encoding="utf-8")
    return stub


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py")) + [str(vocabulary_stub(Path(tmp)))]
        subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete"], check=True)
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and not (translation.text or "").strip() and source in ZH:
            translation.text = ZH[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    print(f"filled {filled} translations; {TS.with_suffix('.qm').name} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
