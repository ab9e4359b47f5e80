<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/views/about.py" line="17" />
        <source>Rule set: not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="18" />
        <source>Rule set: {name} {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="25" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="31" />
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="32" />
        <source>Decision rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="33" />
        <source>Database schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="34" />
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="35" />
        <source>Log file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="35" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="40" />
        <source>About Tumorboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../ui/models/agenda.py" line="58" />
        <source>discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="60" />
        <source>deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="63" />
        <source>NOT READY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="65" />
        <source>Question: {q}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="70" />
        <source>Not ready for the board:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="82" />
        <source>Creating demo cases…</source>
        <extracomment>Latin first, then the shipped CJK font: Chinese names never show as boxes</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <location filename="../../ui/fact_fields.py" line="33" />
        <source>a whole number from {low} to {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="37" />
        <source>a number from {low} to {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="39" />
        <source>a number greater than {low}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="40" />
        <source>a number of at least {low}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="48" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="49" />
        <source>Primary tumour</source>
        <translation>原发肿瘤</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="50" />
        <source>Liver lesions</source>
        <translation>肝脏病灶</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="51" />
        <source>Extrahepatic disease</source>
        <translation>肝外病变</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="52" />
        <source>Condition</source>
        <translation>一般状况</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="53" />
        <source>Liver function and markers</source>
        <translation>肝功能与肿瘤标志物</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="54" />
        <source>Imaging studies</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="55" />
        <source>Pathology</source>
        <translation>病理</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="60" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="60" />
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="61" />
        <source>Primary site</source>
        <translation>原发部位</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="62" />
        <source>Primary diagnosed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="63" />
        <source>Primary radically resected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="64" />
        <source>Primary resectable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="65" />
        <source>Emergency primary surgery (e.g. obstruction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="66" />
        <source>Disease-free interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="67" />
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="68" />
        <source>Liver metastases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="69" />
        <source>Liver metastases detected on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="70" />
        <source>Timing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="71" />
        <source>Left unknown, it is derived from the two dates (within 6 months = synchronous).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="72" />
        <source>Confirmed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="73" />
        <source>Number of lesions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="74" />
        <source>Largest lesion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="75" />
        <source>Lesion next to gallbladder or major bile duct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="76" />
        <source>Liver disease resectable (surgeon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="77" />
        <source>Future liver remnant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="78" />
        <source>Recurrence after earlier liver resection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="79" />
        <source>Disease outside the liver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="80" />
        <source>ECOG performance status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="81" />
        <source>0 fully active … 4 completely disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="82" />
        <source>Fit for major surgery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="83" />
        <source>Patient accepts surgery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="84" />
        <source>Prior systemic therapy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="85" />
        <source>Response to systemic therapy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="87" />
        <source>Bilirubin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="88" />
        <source>Albumin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="89" />
        <source>INR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="90" />
        <source>Ascites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="91" />
        <source>Encephalopathy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="92" />
        <source>Cirrhosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="93" />
        <source>Hepatitis B or C positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="94" />
        <source>AFP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="95" />
        <source>CEA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="96" />
        <source>Primary lymph-node positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="145" />
        <location filename="../../ui/views/decision_form.py" line="113" />
        <location filename="../../ui/views/fact_form.py" line="107" />
        <location filename="../../ui/views/fact_form.py" line="114" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_summary.py" line="16" />
        <location filename="../../ui/views/fact_form.py" line="79" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_summary.py" line="16" />
        <location filename="../../ui/views/fact_form.py" line="80" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/views/fact_form.py" line="77" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/fact_form.py" line="148" />
        <source>“{text}” is not {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/fact_form.py" line="152" />
        <source>{text} is out of range: enter {allowed}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="31" />
        <source>MRN</source>
        <extracomment>(attribute, header, sort key in CaseQuery or None)</extracomment>
        <translation type="unfinished">病历号</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="32" />
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="33" />
        <source>Primary site</source>
        <translation>原发部位</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="34" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="35" />
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="36" />
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../ui/views/cases_view.py" line="38" />
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="42" />
        <source>Search by MRN or name (any script)…</source>
        <translation>按病历号或姓名搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="43" />
        <source>Search cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="47" />
        <source>Filter by primary site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="48" />
        <source>All primary sites</source>
        <translation>所有原发部位</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="52" />
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="53" />
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="56" />
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="73" />
        <source>Case list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="133" />
        <source>Showing the first %n case(s); counting the rest…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="136" />
        <source>%n case(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="42" />
        <source>Tumorboard: unexpected error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/crash.py" line="43" />
        <source>An unexpected error occurred. Saved data is safe; the last action may not have completed.

The details were written to:
{path}

Please send this file to your IT support.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../../ui/views/case_editor.py" line="308" />
        <location filename="../../ui/views/decision_panel.py" line="137" />
        <source>Correct the marked fields to see the options: {f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="71" />
        <source>Tier {n}</source>
        <translation>第{n}级</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="76" />
        <source>provisional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="83" />
        <source>Rules: {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="87" />
        <source>Sources ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="88" />
        <source>Show sources for {m}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="114" />
        <source>Decision support</source>
        <translation>决策支持</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="125" />
        <source>Enter the case facts to see the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="131" />
        <source>Choose the primary site to see the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="142" />
        <source>The decision support could not evaluate this case: {e}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="182" />
        <source>Rule set {name} {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="193" />
        <source>Options</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="195" />
        <source>No option can be recommended from these facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="199" />
        <source>Not suitable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="204" />
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="207" />
        <source>Missing data</source>
        <translation>缺失数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="218" />
        <source>Child-Pugh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="219" />
        <source>class {c} ({p} points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="221" />
        <source>ALBI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="222" />
        <source>grade {g} ({v:.2f})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="223" />
        <source>Fong clinical risk score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="224" />
        <source>{p} of {of}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="225" />
        <source>Tumour burden score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../ui/views/case_editor.py" line="54" />
        <source>Edit case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="110" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="113" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="115" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="117" />
        <source>Mark ready for the board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="119" />
        <source>Print case summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="122" />
        <source>Print follow-up schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="132" />
        <location filename="../../ui/views/case_editor.py" line="164" />
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="135" />
        <source>Patient name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="137" />
        <location filename="../../ui/views/case_editor.py" line="165" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="142" />
        <location filename="../../ui/views/case_editor.py" line="166" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="149" />
        <location filename="../../ui/views/case_editor.py" line="167" />
        <source>Case title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="150" />
        <source>e.g. Synchronous colorectal liver metastases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="165" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="127" />
        <location filename="../../ui/views/case_records.py" line="162" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="127" />
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="120" />
        <location filename="../../ui/views/case_records.py" line="127" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="128" />
        <source>Imaging studies</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="114" />
        <source>Study date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="116" />
        <source>Study modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="121" />
        <source>Study findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="122" />
        <source>Add study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="162" />
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="162" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="163" />
        <source>Laboratory results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="147" />
        <source>Date the sample was taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="149" />
        <source>Laboratory test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="155" />
        <source>value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="156" />
        <source>Laboratory value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="158" />
        <source>Add result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="179" />
        <source>Dated results (the readiness check needs recent ones)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="183" />
        <source>Pathology and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="184" />
        <source>Histology, molecular markers (RAS/BRAF, MSI), other notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="186" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="199" />
        <source>Decision support</source>
        <translation>决策支持</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="314" />
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="318" />
        <source>Case: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="319" />
        <source>not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="180" />
        <source>Laboratory value: “{t}” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="184" />
        <source>Laboratory value: must be zero or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="366" />
        <source>The MRN is required (letters and digits, up to 40).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="379" />
        <source>The patient's name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="380" />
        <source>Not saved. Please correct the marked fields:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="428" />
        <source>{value} is not allowed: {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="433" />
        <source>Not saved. Please correct:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="448" />
        <source>Save first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="448" />
        <source>Save the case before marking it ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="459" />
        <source>Not ready yet</source>
        <translation>尚未准备好</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="460" />
        <source>The checklist is not complete:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="461" />
        <source>Mark it ready anyway? It will be flagged on the agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="483" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="484" />
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="39" />
        <source>The disk holding the database is full. Nothing was saved, and what you typed is still on screen. Free some space (or ask IT), then save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42" />
        <source>The database is busy: another program or workstation is writing to it. Nothing was saved, and what you typed is still on screen. Wait a moment and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45" />
        <source>The database file is read-only for your user account. Nothing was saved. Ask IT to give you write access, or open another database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>The database file cannot be opened. Check that the folder still exists and that you may write to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51" />
        <source>The database server cannot be reached. Check the network connection; nothing was saved and what you typed is still on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60" />
        <source>• {field}: {value} is not allowed — {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Please check the entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65" />
        <source>Nothing was saved. Please correct:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67" />
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70" />
        <source>This record no longer exists (it may have been removed on another workstation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73" />
        <source>Database from a newer version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>This database was written by a newer version of Tumorboard and was not changed. Please install the newer version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77" />
        <source>Network drive not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79" />
        <source>Database problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84" />
        <source>Could not save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86" />
        <source>File problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87" />
        <source>The file could not be read or written: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88" />
        <location filename="../../ui/errors.py" line="116" />
        <source>Unexpected error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89" />
        <source>Something went wrong that the program did not expect. Your input is still on screen. The details were written to the log file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/views/followups_view.py" line="37" />
        <source>Follow-up done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="41" />
        <location filename="../../ui/views/followups_view.py" line="46" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="45" />
        <location filename="../../ui/views/followups_view.py" line="47" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="48" />
        <source>“New lesion” or “progression” puts the case back on the board's ready list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="83" />
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="87" />
        <location filename="../../ui/views/followups_view.py" line="100" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="87" />
        <location filename="../../ui/views/followups_view.py" line="94" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="87" />
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="88" />
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="88" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="90" />
        <source>Overdue follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="91" />
        <source>Due follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="92" />
        <source>Upcoming follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="94" />
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="94" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="95" />
        <source>Who informs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="95" />
        <source>Patient by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="96" />
        <source>Referrer by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="96" />
        <source>Told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="97" />
        <source>Decisions not yet communicated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="99" />
        <source>Worklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="100" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="101" />
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="104" />
        <source>Not yet communicated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="105" />
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="108" />
        <source>Open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="110" />
        <source>Patient informed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="112" />
        <source>Referring doctor informed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="154" />
        <source>patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="156" />
        <source>referrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="161" />
        <source>nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="165" />
        <source>Overdue ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="166" />
        <source>Due ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="167" />
        <source>Upcoming ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="168" />
        <source>Not yet communicated ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="169" />
        <source>as of {d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="181" />
        <source>case #{id}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>Tumorboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Review</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>Database: {where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Database location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>&amp;Print / export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>&amp;Back up now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Find case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>&amp;Next case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>&amp;Previous case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Open the &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;About Tumorboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Open a case, a meeting or the review to print it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="31" />
        <source>New meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="36" />
        <source>Meeting date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="39" />
        <location filename="../../ui/views/meeting_dialogs.py" line="46" />
        <source>Start time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="41" />
        <location filename="../../ui/views/meeting_dialogs.py" line="47" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="42" />
        <source>e.g. Conference room 3B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="43" />
        <source>Liver metastasis board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="44" />
        <location filename="../../ui/views/meeting_dialogs.py" line="48" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="45" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="65" />
        <source>Add ready cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="68" />
        <source>Cases whose checklist is complete. Tick the ones to discuss.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="72" />
        <source>Ready cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="80" />
        <source>No case is ready for the board at the moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="55" />
        <location filename="../../ui/views/meetings_view.py" line="58" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="62" />
        <source>New meeting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="72" />
        <source>Choose or create a meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="83" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="93" />
        <source>Question for the board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="94" />
        <source>The question for the board about the selected case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="96" />
        <source>Add ready cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="98" />
        <source>Remove from agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="100" />
        <source>Start review</source>
        <translation>开始讨论</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="103" />
        <source>Print handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="105" />
        <source>Print minutes</source>
        <translation>打印会议纪要</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="107" />
        <location filename="../../ui/views/meetings_view.py" line="292" />
        <source>Finalise meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="109" />
        <source>Agenda (drag to reorder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="113" />
        <source>Question:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="124" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="125" />
        <location filename="../../ui/views/meetings_view.py" line="133" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="125" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="126" />
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="134" />
        <source>Attendee name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="137" />
        <source>Attendee role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="138" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="140" />
        <source>Save attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="145" />
        <source>Attendance and quorum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="199" />
        <source>nursing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="199" />
        <source>pathology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="211" />
        <source>finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="254" />
        <source>Finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="254" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="257" />
        <source>%n case(s) not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="379" />
        <source>{name} present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="417" />
        <source>missing: {roles}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../ui/printing.py" line="48" />
        <source>Save PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/printing.py" line="49" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/printing.py" line="69" />
        <source>Preparing the PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="19" />
        <source>Readiness checklist</source>
        <translation>准备清单</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="30" />
        <source>Save the case to check whether it is ready for the board.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>No evidence of disease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Stable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>New lesion (back to the board)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Progression (back to the board)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Not done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/views/case_summary.py" line="33" />
        <source>{n} years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="49" />
        <source>Chosen treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="60" />
        <location filename="../../ui/views/decision_form.py" line="96" />
        <source>Intent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="64" />
        <location filename="../../ui/views/decision_form.py" line="97" />
        <source>Timing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="65" />
        <source>not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="74" />
        <source>Reason for deviating from the tier-1 options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="77" />
        <source>Reason for deviating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="80" />
        <location filename="../../ui/views/decision_form.py" line="98" />
        <source>Rationale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="83" />
        <source>The patient's preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="84" />
        <source>A clinical trial was considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="86" />
        <source>Who informs the patient and the referring doctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="87" />
        <source>Inform the patient by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="88" />
        <source>Inform the referring doctor by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="89" />
        <source>Planned treatment date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="91" />
        <location filename="../../ui/views/decision_form.py" line="106" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="92" />
        <source>Treatment (the tier-1 options are ticked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="100" />
        <source>Patient's preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="102" />
        <source>Who informs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="103" />
        <source>Patient by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="104" />
        <source>Referrer by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="105" />
        <source>Treatment date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="142" />
        <source>Choose at least one treatment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="144" />
        <source>The decision differs from the tier-1 options: write the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="209" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="210" />
        <source>⚠ This differs from the tier-1 options ({names}). A reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="62" />
        <source>Meeting</source>
        <extracomment>readable from the back of the room (a widget style sheet: app-wide sheets stop setFont cascading)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="66" />
        <source>Previous</source>
        <translation>上一例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="67" />
        <source>Previous case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="69" />
        <source>Next</source>
        <translation>下一例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="70" />
        <source>Next case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="74" />
        <source>Time spent on this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="75" />
        <source>Time the board has spent on this case; kept in the minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="106" />
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="110" />
        <source>Defer…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="112" />
        <location filename="../../ui/views/review_view.py" line="258" />
        <source>Amend decision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="126" />
        <source>The board's decision</source>
        <translation>会诊决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="153" />
        <source>Choose a meeting to review its cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="211" />
        <source>No cases on this agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="213" />
        <source>Add ready cases to the meeting's agenda first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="218" />
        <source>Case {i} of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="240" />
        <source>Decision recorded by {who} on {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="243" />
        <source>Deviates from the recommendation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="245" />
        <source>Amended: {r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="249" />
        <source>Deferred: {r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="253" />
        <source>Status: {s}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="259" />
        <location filename="../../ui/views/review_view.py" line="374" />
        <source>Save amendment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="314" />
        <source>time on this case {m}:{s:02d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="357" />
        <source>Defer this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="358" />
        <source>Why is the case deferred? It is carried to the next meeting's agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="376" />
        <source>Amend the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="377" />
        <source>Why is the decision amended? The reason is kept in the audit trail.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/views/settings_view.py" line="41" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="45" />
        <location filename="../../ui/views/settings_view.py" line="64" />
        <source>Hospital name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="47" />
        <source>Logo file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="48" />
        <source>PNG or JPEG printed on handouts (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="49" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="55" />
        <source>Core specialties, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="57" />
        <source>Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="62" />
        <source>The board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="65" />
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="66" />
        <source>Core specialties
(quorum)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="75" />
        <source>Back up now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="77" />
        <source>Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="82" />
        <source>Server databases are backed up by the server's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="83" />
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="85" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="91" />
        <source>To use another database or a department server, start Tumorboard with --db FILE or set TUMORBOARD_DATABASE_URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="99" />
        <source>Rule parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="100" />
        <source>Parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="100" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="101" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="101" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="112" />
        <source>Rule parameters (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="114" />
        <source>Thresholds the decision support uses, each with its source. They are changed only by a reviewed parameter file, never here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="139" />
        <source>Parameters unavailable: {e}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="163" />
        <source>Choose the hospital logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="164" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="180" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="191" />
        <source>Back up the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="192" />
        <source>SQLite database (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="198" />
        <source>Backup done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="198" />
        <source>The database was backed up to:
{p}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="202" />
        <source>Choose a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="203" />
        <source>SQLite database (*.sqlite *.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="207" />
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="208" />
        <source>The current database will be replaced by the backup (it is checked first; a copy of the current one is kept). Tumorboard closes afterwards; start it again. Continue?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="222" />
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="223" />
        <source>The backup was restored. Tumorboard will now close.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="10" />
        <source>Draft (incomplete)</source>
        <translation>草稿（不完整）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11" />
        <source>Ready for the board</source>
        <translation>待讨论</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Listed on a meeting</source>
        <translation>已列入会议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>In follow-up</source>
        <translation>随访中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="147" />
        <source>Cancel</source>
        <extracomment>every timer and database thread the GUI made, so tests can prove none outlives them</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/views/welcome.py" line="38" />
        <location filename="../../ui/views/welcome.py" line="41" />
        <source>Welcome to Tumorboard</source>
        <translation>欢迎使用 Tumorboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="43" />
        <source>There is no Tumorboard database on this computer yet. How would you like to start?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="49" />
        <source>Create a new database on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="52" />
        <source>Where the new database will be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="53" />
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="55" />
        <source>Open an existing database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="57" />
        <source>Database file to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="58" />
        <source>…/tumorboard.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="59" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="61" />
        <source>Connect to the department server (several workstations share one board)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="63" />
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="65" />
        <source>Explore with demo data (invented patients, nothing is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="86" />
        <location filename="../../ui/views/welcome.py" line="88" />
        <source>Hospital name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="87" />
        <source>printed on handouts and minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="96" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="104" />
        <source>New database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="105" />
        <source>SQLite database (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="111" />
        <source>Open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="112" />
        <source>SQLite database (*.sqlite *.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="130" />
        <source>Choose an existing database file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="132" />
        <source>Enter the server address, e.g. postgresql+psycopg://user@server/tumorboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="134" />
        <source>Choose where the new database will be.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="1" />
        <source>Colorectal</source>
        <translation>结直肠</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="2" />
        <source>Gastric</source>
        <translation>胃</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="3" />
        <source>Small bowel</source>
        <translation>小肠</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="4" />
        <source>Oesophageal</source>
        <translation>食管</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="5" />
        <source>Pancreatic</source>
        <translation>胰腺</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="6" />
        <source>Biliary / gallbladder</source>
        <translation>胆道/胆囊</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="7" />
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="8" />
        <source>Breast</source>
        <translation>乳腺</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="9" />
        <source>Ovarian</source>
        <translation>卵巢</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="10" />
        <source>Neuroendocrine / carcinoid</source>
        <translation>神经内分泌/类癌</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="11" />
        <source>Kidney</source>
        <translation>肾</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="12" />
        <source>Uterine / cervical</source>
        <translation>子宫/宫颈</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="13" />
        <source>Urinary tract</source>
        <translation>泌尿道</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="14" />
        <source>Hepatocellular (primary liver)</source>
        <translation>肝细胞癌（原发性肝癌）</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="15" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="16" />
        <source>Unknown primary</source>
        <translation>原发不明</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="17" />
        <source>Confirmatory imaging (contrast CT / MRI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="18" />
        <source>PET-CT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="19" />
        <source>Biopsy</source>
        <translation>活检</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="20" />
        <source>Surveillance</source>
        <translation>监测</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="21" />
        <source>Resection of the primary</source>
        <translation>原发灶切除</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="22" />
        <source>Liver resection (hepatectomy)</source>
        <translation>肝切除术</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="23" />
        <source>Ablation (RFA / microwave / cryo)</source>
        <translation>消融（射频/微波/冷冻）</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="24" />
        <source>Ethanol injection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="25" />
        <source>Systemic chemotherapy</source>
        <translation>全身化疗</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="26" />
        <source>Immunotherapy</source>
        <translation>免疫治疗</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="27" />
        <source>Hepatic arterial therapy (TACE / HAI)</source>
        <translation>肝动脉治疗（TACE/HAI）</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="28" />
        <source>Radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="29" />
        <source>Somatostatin analogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="30" />
        <source>Best supportive care</source>
        <translation>最佳支持治疗</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="31" />
        <source>Diagnostic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="32" />
        <source>Curative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="33" />
        <source>Adjuvant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="34" />
        <source>Palliative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="35" />
        <source>Synchronous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="36" />
        <source>Metachronous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="37" />
        <source>Simultaneous (one operation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="38" />
        <source>Staged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="39" />
        <source>After the primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="40" />
        <source>Liver ultrasound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="41" />
        <source>Contrast CT or MRI of the liver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="42" />
        <source>CEA blood test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="43" />
        <source>Response imaging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="44" />
        <source>Clinic review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="45" />
        <source>Ultrasound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="46" />
        <source>Contrast CT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="47" />
        <source>MRI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="48" />
        <source>Suspected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="49" />
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="50" />
        <source>Resectable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="51" />
        <source>Extensive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="52" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="53" />
        <source>Stable disease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="54" />
        <source>Progression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="55" />
        <source>Mild</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="56" />
        <source>Moderate / severe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="57" />
        <source>Grade 1-2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="58" />
        <source>Grade 3-4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmprseqp963/vocabulary_strings.py" line="59" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>