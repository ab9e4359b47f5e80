"""File > Import referrals...: the preview names the refused cells; importing the valid rows writes the
cases and the report of the rest; the case list shows the new drafts."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import wait_idle


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "referrals.csv"
    with path.open("w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(["病历号", "姓名", "原发部位", "ECOG评分", "出生日期"])
        w.writerow(["G1", "王芳", "colorectal", "1", "1960年3月9日"])
        w.writerow(["G2", "李伟", "colorectal", "9", "09.03.1961"])
        w.writerow(["G3", "张娜", "gastric", "", ""])
    return path


def test_preview_then_import_the_valid_rows(qtbot: Any, window: Any, ctx: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from ui.views.referral_import import ReferralImportDialog

    path = _file(tmp_path)
    report = tmp_path / "refused.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    window.act_import_referrals.trigger()
    wait_idle(qtbot, ctx)
    dialog = next(d for d in window.findChildren(ReferralImportDialog) if d.isVisible())
    assert "2 new" in dialog.summary.text() and "1 refused" in dialog.summary.text() and "gb18030" in dialog.summary.text()
    cells = [dialog.table.item(0, c).text() for c in range(6)]
    assert cells[:5] == ["3", "refused", "G2", "ECOG评分", "9"]  # row 3 of the sheet, its MRN, column, value
    assert dialog.table.rowCount() == 3 and dialog.table.item(1, 1).text() == "new"
    assert not dialog.import_all.isEnabled() and dialog.import_valid.isEnabled()
    dialog.import_valid.click()
    wait_idle(qtbot, ctx)
    assert ctx.ws.cases.count() == 2 and ctx.ws.patients.by_mrn("G1").name == "王芳"
    assert "G2" in report.read_text(encoding="utf-8-sig")
    assert not dialog.isVisible()
    dialog.done_box.close()
