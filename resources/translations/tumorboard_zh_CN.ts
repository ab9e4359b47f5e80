<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/views/about.py" line="17" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="9" />
        <source>Rule set: not available</source>
        <translation>规则集：不可用</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="18" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="10" />
        <source>Rule set: {name} {version}</source>
        <translation>规则集：{name} {version}</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="29" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="8" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="30" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="4" />
        <source>Decision rules</source>
        <translation>决策规则</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="31" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="3" />
        <source>Database schema</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="32" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="2" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="33" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="6" />
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="33" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="11" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/views/about.py" line="38" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="1" />
        <source>About Tumorboard</source>
        <translation>关于 Tumorboard</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="5" />
        <source>Decision support suggests; the board decides.</source>
        <translation>决策支持仅供参考；由会诊组作出决定。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="7" />
        <source>Preparation, decision support, minutes and follow-up for a liver-metastasis tumor board.</source>
        <translation>肝转移多学科会诊的病例准备、决策支持、会议纪要与随访。</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../ui/models/agenda.py" line="58" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="16" />
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="60" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="15" />
        <source>deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="63" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="12" />
        <source>NOT READY</source>
        <translation>未准备好</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="65" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="14" />
        <source>Question: {q}</source>
        <translation>问题：{q}</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda.py" line="70" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="13" />
        <source>Not ready for the board:</source>
        <translation>尚不能提交讨论：</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="83" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="17" />
        <source>Creating demo cases…</source>
        <extracomment>Latin first, then the shipped CJK font: Chinese names never show as boxes</extracomment>
        <translation>正在创建演示病例…</translation>
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <location filename="../../ui/fact_fields.py" line="35" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="24" />
        <source>a whole number from {low} to {high}</source>
        <extracomment>(low, high, hint): a value outside is accepted but questioned (a result typed in another unit)</extracomment>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="39" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="21" />
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的数值</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="41" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="22" />
        <source>a number greater than {low}</source>
        <translation>大于 {low} 的数值</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="42" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="23" />
        <source>a number of at least {low}</source>
        <translation>不小于 {low} 的数值</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="50" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="51" />
        <source>Primary tumour</source>
        <translation>原发肿瘤</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="52" />
        <source>Liver lesions</source>
        <translation>肝脏病灶</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="53" />
        <source>Extrahepatic disease</source>
        <translation>肝外病变</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="54" />
        <source>Condition</source>
        <translation>一般状况</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="55" />
        <source>Liver function and markers</source>
        <translation>肝功能与肿瘤标志物</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="56" />
        <source>Imaging studies</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="57" />
        <source>Pathology</source>
        <translation>病理</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="62" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="62" />
        <source>years</source>
        <translation>岁</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="63" />
        <source>Primary site</source>
        <translation>原发部位</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="64" />
        <source>Primary diagnosed on</source>
        <translation>原发肿瘤确诊日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="65" />
        <source>Primary radically resected</source>
        <translation>原发灶已根治性切除</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="66" />
        <source>Primary resectable</source>
        <translation>原发灶可切除</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="67" />
        <source>Emergency primary surgery (e.g. obstruction)</source>
        <translation>原发灶急诊手术（如梗阻）</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="68" />
        <source>Disease-free interval</source>
        <translation>无病间期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="69" />
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="70" />
        <source>Liver metastases</source>
        <translation>肝转移</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="71" />
        <source>Liver metastases detected on</source>
        <translation>肝转移发现日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="72" />
        <source>Timing</source>
        <translation>时相</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="73" />
        <source>Left unknown, it is derived from the two dates (within 6 months = synchronous).</source>
        <translation>留空时根据两个日期推算（6 个月内为同时性）。</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="75" />
        <source>Seen on</source>
        <translation>影像/活检所见</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="76" />
        <source>The studies that showed the liver lesions. Ultrasound alone does not confirm them: contrast CT or MRI does (DX-1).</source>
        <translation>显示肝脏病灶的检查。仅有超声不能确诊：需增强 CT 或 MRI 确认（DX-1）。</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="78" />
        <source>Number of lesions</source>
        <translation>病灶数目</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="79" />
        <source>Largest lesion</source>
        <translation>最大病灶</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="80" />
        <source>Lesion next to gallbladder or major bile duct</source>
        <translation>病灶邻近胆囊或大胆管</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="81" />
        <source>Liver disease resectable (surgeon)</source>
        <translation>肝脏病变可切除（外科判断）</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="82" />
        <source>Future liver remnant</source>
        <translation>剩余肝体积</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="83" />
        <source>Recurrence after earlier liver resection</source>
        <translation>既往肝切除后复发</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="84" />
        <source>Disease outside the liver</source>
        <translation>肝外病变</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="85" />
        <source>ECOG performance status</source>
        <translation>ECOG 体能状态</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="86" />
        <source>0 fully active … 4 completely disabled</source>
        <translation>0 活动完全正常 … 4 完全丧失活动能力</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="87" />
        <source>Fit for major surgery</source>
        <translation>可耐受大手术</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="88" />
        <source>Patient accepts surgery</source>
        <translation>患者接受手术</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="89" />
        <source>Prior systemic therapy</source>
        <translation>既往全身治疗</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="90" />
        <source>Response to systemic therapy</source>
        <translation>全身治疗疗效</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="94" />
        <source>Bilirubin</source>
        <translation>胆红素</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="95" />
        <source>Unusual in µmol/L: a value in mg/dL is multiplied by 17.1. Check the unit.</source>
        <translation>以 µmol/L 计不常见：mg/dL 的数值需乘以 17.1。请核对单位。</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="96" />
        <source>Albumin</source>
        <translation>白蛋白</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="97" />
        <source>Unusual in g/L: a value in g/dL is multiplied by 10. Check the unit.</source>
        <translation>以 g/L 计不常见：g/dL 的数值需乘以 10。请核对单位。</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="98" />
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="99" />
        <source>Unusual for an INR. Check the value.</source>
        <translation>INR 数值不常见，请核对。</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="100" />
        <source>Ascites</source>
        <translation>腹水</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="101" />
        <source>Encephalopathy</source>
        <translation>肝性脑病</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="102" />
        <source>Cirrhosis</source>
        <translation>肝硬化</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="103" />
        <source>Hepatitis B or C positive</source>
        <translation>乙肝或丙肝阳性</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="104" />
        <source>AFP</source>
        <translation>AFP</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="105" />
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="106" />
        <source>Primary lymph-node positive</source>
        <translation>原发灶淋巴结阳性</translation>
    </message>
    <message>
        <location filename="../../ui/views/fact_form.py" line="111" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="25" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_summary.py" line="19" />
        <location filename="../../ui/views/fact_form.py" line="80" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="20" />
        <source>Yes</source>
        <extracomment>fact names: dark enough to read from the back of the room, lighter than the values</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_summary.py" line="19" />
        <location filename="../../ui/views/fact_form.py" line="81" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="18" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/views/fact_form.py" line="78" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="19" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/fact_form.py" line="144" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="27" />
        <source>“{text}” is not {allowed}</source>
        <translation>“{text}”不是{allowed}</translation>
    </message>
    <message>
        <location filename="../../ui/views/fact_form.py" line="148" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="26" />
        <source>{text} is out of range: enter {allowed}</source>
        <translation>{text} 超出范围：请输入{allowed}</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="31" />
        <source>MRN</source>
        <extracomment>(attribute, header, sort key in CaseQuery or None)</extracomment>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="32" />
        <source>Name</source>
        <translation>姓名</translation>
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
        <location filename="../../ui/views/cases_view.py" line="40" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="33" />
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="44" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="42" />
        <source>Search by MRN or name (any script)…</source>
        <translation>按病历号或姓名搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="45" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="43" />
        <source>Search cases</source>
        <translation>搜索病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="49" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="34" />
        <source>Filter by primary site</source>
        <translation>按原发部位筛选</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="50" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="29" />
        <source>All primary sites</source>
        <translation>所有原发部位</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="54" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="36" />
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="55" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="30" />
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="60" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="35" />
        <source>Filter by readiness</source>
        <translation>按准备情况筛选</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="61" />
        <source>Ready: the checklist is complete today (confirmed CT/MRI and liver function within their age limits, ECOG, liver remnant when needed)</source>
        <translation>已准备好：今日清单完整（CT/MRI 确诊与肝功能均在有效期内，ECOG，需要时有剩余肝体积）</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="63" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="31" />
        <source>Any readiness</source>
        <translation>任意准备情况</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="64" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="41" />
        <source>Ready</source>
        <translation>已准备好</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="65" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="40" />
        <source>Not ready</source>
        <translation>未准备好</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="37" />
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="84" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="32" />
        <source>Case list</source>
        <translation>病例列表</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="156" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="44" />
        <source>Showing the first %n case(s); counting the rest…</source>
        <translation>显示前 %n 个病例；正在统计其余病例…</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="159" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="28" />
        <source>%n case(s)</source>
        <translation>%n 个病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="165" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="38" />
        <source>No case matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的病例。</translation>
    </message>
    <message>
        <location filename="../../ui/views/cases_view.py" line="166" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="39" />
        <source>No cases yet. Start with “New case”.</source>
        <translation>还没有病例。请点击“新建病例”开始。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="42" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="45" />
        <source>Tumorboard: unexpected error</source>
        <translation>Tumorboard：意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="43" />
        <source>An unexpected error occurred. Saved data is safe; the last action may not have completed.

The details were written to:
{path}

Please send this file to your IT support.</source>
        <translation>发生意外错误。已保存的数据是安全的；最后一步操作可能未完成。

详细信息已写入：
{path}

请将此文件发送给信息科。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="70" />
        <location filename="../../ui/views/case_editor.py" line="300" />
        <location filename="../../ui/views/case_editor.py" line="305" />
        <location filename="../../ui/views/case_editor.py" line="310" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="52" />
        <source>today ({day})</source>
        <extracomment>what a limit may be: a fixed day, or a function asked at the time of checking (today, another field)</extracomment>
        <translation>今天（{day}）</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="128" />
        <location filename="../../ui/date_field.py" line="192" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="53" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="137" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="49" />
        <source>Choose {name} in a calendar</source>
        <translation>在日历中选择{name}</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="138" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="48" />
        <source>Calendar (Alt+Down)</source>
        <translation>日历（Alt+下箭头）</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="174" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="51" />
        <source>Type YYYY-MM-DD (or {example})</source>
        <translation>输入 YYYY-MM-DD（或 {example}）</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="176" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="46" />
        <source>; YYYY-MM when only the month is known</source>
        <translation>；只知道月份时输入 YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="178" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="47" />
        <source>; leave empty when unknown</source>
        <translation>；未知时留空</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="195" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="56" />
        <source>{name} is required: enter a date as YYYY-MM-DD</source>
        <translation>{name}为必填项：请按 YYYY-MM-DD 输入日期</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="201" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="58" />
        <source>“{text}” is not a date: enter {name} as YYYY-MM-DD</source>
        <translation>“{text}”不是日期：请按 YYYY-MM-DD 输入{name}</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="205" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="54" />
        <source>{name} cannot be after {limit} (entered: {value})</source>
        <translation>{name}不能晚于{limit}（输入的是：{value}）</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="210" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="55" />
        <source>{name} cannot be before {limit} (entered: {value})</source>
        <translation>{name}不能早于{limit}（输入的是：{value}）</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="213" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="57" />
        <source>{name}: {value} is before 1900</source>
        <translation>{name}：{value} 早于 1900 年</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="246" />
        <location filename="../../ui/views/fact_form.py" line="183" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="50" />
        <source>Month only: counted as {day}</source>
        <translation>只有月份：按 {day} 计算</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../../ui/views/case_editor.py" line="399" />
        <location filename="../../ui/views/decision_panel.py" line="140" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="62" />
        <source>Correct the marked fields to see the options: {f}</source>
        <translation>请更正标出的字段以查看治疗方案：{f}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="71" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="78" />
        <source>Tier {n}</source>
        <translation>第{n}级</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="76" />
        <location filename="../../ui/views/decision_panel.py" line="225" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="84" />
        <source>provisional</source>
        <extracomment>follow-up visits shown in the panel (the schedule itself is made from the board's decision)</extracomment>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="83" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="73" />
        <source>Rules: {ids}</source>
        <translation>规则：{ids}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="87" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="76" />
        <source>Sources ({n})</source>
        <translation>出处（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="88" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="75" />
        <source>Show sources for {m}</source>
        <translation>显示{m}的出处</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="113" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="63" />
        <source>Decision support</source>
        <translation>决策支持</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="126" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="64" />
        <source>Enter the case facts to see the options.</source>
        <extracomment>the problems of the last facts refused by the core (e.g. two facts that contradict each other)</extracomment>
        <translation>请输入病例资料以查看治疗方案。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="132" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="61" />
        <source>Choose the primary site to see the options.</source>
        <translation>请选择原发部位以查看治疗方案。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="145" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="77" />
        <source>The decision support could not evaluate this case: {e}</source>
        <translation>决策支持无法评估此病例：{e}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="185" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="72" />
        <source>Rule set {name} {version}</source>
        <translation>规则集 {name} {version}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="196" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="70" />
        <source>Options</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="198" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="68" />
        <source>No option can be recommended from these facts.</source>
        <translation>根据现有资料无法推荐治疗方案。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="202" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="69" />
        <source>Not suitable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="208" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="65" />
        <source>Follow-up if the board accepts tier 1</source>
        <translation>若会诊组采纳第 1 级方案的随访</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="210" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="74" />
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="213" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="67" />
        <source>Missing data</source>
        <translation>缺失数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="236" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="71" />
        <source>Provisional: only if the board confirms a provisional first choice.</source>
        <translation>暂定：仅当会诊组确认暂定的首选方案时适用。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="245" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="60" />
        <source>Child-Pugh</source>
        <translation>Child-Pugh</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="246" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="80" />
        <source>class {c} ({p} points)</source>
        <translation>{c} 级（{p} 分）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="248" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="59" />
        <source>ALBI</source>
        <translation>ALBI</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="249" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="82" />
        <source>grade {g} ({v:.2f})</source>
        <translation>{g} 级（{v:.2f}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="250" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="66" />
        <source>Fong clinical risk score</source>
        <translation>Fong 临床风险评分</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="264" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="86" />
        <source>{p} of {of}</source>
        <translation>{p}/{of}</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="265" />
        <source>{p}–{most} of {of} ({unknown} unknown)</source>
        <translation>{p}–{most}/{of}（{unknown}未知）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_panel.py" line="253" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="79" />
        <source>Tumour burden score</source>
        <translation>肿瘤负荷评分</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="81" />
        <source>colorectal primaries only</source>
        <translation>仅适用于结直肠原发</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="83" />
        <source>not enough data</source>
        <translation>资料不足</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="85" />
        <source>{n} more</source>
        <translation>另有 {n} 项</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../ui/views/case_editor.py" line="62" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="103" />
        <source>Edit case</source>
        <translation>编辑病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="119" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="142" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="122" />
        <location filename="../../ui/views/case_records.py" line="169" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="158" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="124" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="135" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="126" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="119" />
        <source>Mark ready for the board</source>
        <translation>标记为可提交讨论</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="128" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="130" />
        <source>Print case summary</source>
        <translation>打印病例摘要</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="131" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="131" />
        <source>Print follow-up schedule</source>
        <translation>打印随访计划</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="133" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="105" />
        <source>Export calendar (.ics)</source>
        <translation>导出日历（.ics）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="134" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="155" />
        <source>The open follow-ups as calendar events (no patient names)</source>
        <translation>将未完成的随访导出为日历事件（不含患者姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="136" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="104" />
        <source>Export FHIR (.json)</source>
        <translation>导出 FHIR（.json）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="137" />
        <source>The case as a FHIR R4 / mCODE bundle for another board or the hospital's record</source>
        <translation>将病例导出为 FHIR R4 / mCODE 包，供其他会诊或医院病历使用</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="140" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="116" />
        <source>Letter to referrer…</source>
        <translation>致转诊医生的信…</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="141" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="154" />
        <source>The latest decision as a letter to the referring doctor and the GP</source>
        <translation>将最新决定写成致转诊医生和家庭医生的信</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="144" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="89" />
        <source>CEA and lesion size chart</source>
        <translation>CEA 与病灶大小图表</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="145" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="90" />
        <source>CEA results and the largest liver lesion over time</source>
        <translation>CEA 结果与最大肝脏病灶随时间的变化</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="156" />
        <location filename="../../ui/views/case_editor.py" line="183" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="117" />
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="159" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="129" />
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="161" />
        <location filename="../../ui/views/case_editor.py" line="184" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="145" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="165" />
        <location filename="../../ui/views/case_editor.py" line="185" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="99" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="168" />
        <location filename="../../ui/views/case_editor.py" line="189" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="91" />
        <source>Case title</source>
        <translation>病例标题</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="169" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="162" />
        <source>e.g. Synchronous colorectal liver metastases</source>
        <translation>例如：同时性结直肠癌肝转移</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="184" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="121" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="240" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="108" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="299" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="165" />
        <source>the primary diagnosis ({day})</source>
        <translation>原发肿瘤诊断日期（{day}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="303" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="164" />
        <source>the date of birth ({day})</source>
        <translation>出生日期（{day}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="505" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="161" />
        <source>checklist not complete</source>
        <translation>清单未完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="322" />
        <location filename="../../ui/views/case_records.py" line="375" />
        <location filename="../../ui/views/case_records.py" line="410" />
        <location filename="../../ui/views/case_records.py" line="479" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="98" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="322" />
        <location filename="../../ui/views/case_records.py" line="375" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="120" />
        <source>Modality</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="315" />
        <location filename="../../ui/views/case_records.py" line="322" />
        <location filename="../../ui/views/case_records.py" line="376" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="106" />
        <source>Findings</source>
        <translation>所见</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="323" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="109" />
        <source>Imaging studies</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="312" />
        <location filename="../../ui/views/case_records.py" line="365" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="146" />
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="328" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="148" />
        <source>Study modality</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="316" />
        <location filename="../../ui/views/case_records.py" line="370" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="147" />
        <source>Study findings</source>
        <translation>检查所见</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="104" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="133" />
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="107" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="140" />
        <source>Required: the board has discussed this case</source>
        <translation>必填：会诊组已讨论过此病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="108" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="127" />
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="109" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="132" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="127" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="134" />
        <source>Reason: the board has discussed this case; say why it is corrected.</source>
        <translation>原因：会诊组已讨论过此病例，请说明更正原因。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="156" />
        <location filename="../../ui/views/case_records.py" line="163" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="97" />
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="158" />
        <location filename="../../ui/views/case_records.py" line="165" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="139" />
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="259" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="136" />
        <source>Remove {what}</source>
        <translation>删除 {what}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="260" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="137" />
        <source>Remove {what} from this case?</source>
        <translation>从本病例中删除 {what}？</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="266" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="138" />
        <source>Removed {what}.</source>
        <translation>已删除 {what}。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="294" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="153" />
        <source>The correction was undone.</source>
        <translation>已撤销更正。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="317" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="88" />
        <source>Add study</source>
        <translation>添加检查</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="331" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="93" />
        <source>Choose the modality…</source>
        <translation>选择检查方式…</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="351" />
        <location filename="../../ui/views/case_records.py" line="378" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="149" />
        <source>Study modality: choose CT, MRI, … from the list.</source>
        <translation>检查方式：请从列表中选择 CT、MRI 等。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="374" />
        <location filename="../../ui/views/case_records.py" line="478" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="95" />
        <source>Correct {what}</source>
        <translation>更正 {what}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="385" />
        <location filename="../../ui/views/case_records.py" line="496" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="159" />
        <source>Undo of the correction: {reason}</source>
        <translation>撤销更正：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="387" />
        <location filename="../../ui/views/case_records.py" line="498" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="96" />
        <source>Corrected {what}.</source>
        <translation>已更正 {what}。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="410" />
        <location filename="../../ui/views/case_records.py" line="479" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="150" />
        <source>Test</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="410" />
        <location filename="../../ui/views/case_records.py" line="480" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="141" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="411" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="110" />
        <source>Laboratory results</source>
        <translation>化验结果</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="420" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="94" />
        <source>Choose the test…</source>
        <translation>选择检验项目…</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="451" />
        <location filename="../../ui/views/case_records.py" line="485" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="112" />
        <source>Laboratory test: choose the test from the list.</source>
        <translation>检验项目：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="400" />
        <location filename="../../ui/views/case_records.py" line="469" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="100" />
        <source>Date the sample was taken</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="416" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="111" />
        <source>Laboratory test</source>
        <translation>化验项目</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="403" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="166" />
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="404" />
        <location filename="../../ui/views/case_records.py" line="474" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="113" />
        <source>Laboratory value</source>
        <translation>化验数值</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="406" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="87" />
        <source>Add result</source>
        <translation>添加结果</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="200" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="101" />
        <source>Dated results (the readiness check needs recent ones)</source>
        <translation>带日期的结果（准备清单需要近期结果）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="204" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="128" />
        <source>Pathology and notes</source>
        <translation>病理与备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="205" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="107" />
        <source>Histology, molecular markers (RAS/BRAF, MSI), other notes</source>
        <translation>组织学、分子标志物（RAS/BRAF、MSI）及其他备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="207" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="126" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="239" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="102" />
        <source>Decision support</source>
        <translation>决策支持</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="419" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="122" />
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="423" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="92" />
        <source>Case: {name}</source>
        <translation>病例：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="500" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="163" />
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="438" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="115" />
        <source>Laboratory value: “{t}” is not a number.</source>
        <translation>化验数值：“{t}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="440" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="114" />
        <source>Laboratory value: must be zero or more.</source>
        <translation>化验数值：不能小于零。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="516" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="151" />
        <source>The MRN is required (letters and digits, up to 40).</source>
        <translation>必须填写病历号（字母和数字，最多 40 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="531" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="156" />
        <source>The patient's name is required.</source>
        <translation>必须填写患者姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="532" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="124" />
        <source>Not saved. Please correct the marked fields:</source>
        <translation>未保存。请更正标出的字段：</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="740" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="167" />
        <source>{value} is not allowed: {allowed}</source>
        <translation>不允许 {value}：{allowed}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="585" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="125" />
        <source>Not saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="616" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="143" />
        <source>Save first</source>
        <translation>请先保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="616" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="144" />
        <source>Save the case before marking it ready.</source>
        <translation>标记为可提交讨论前请先保存病例。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="627" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="123" />
        <source>Not ready yet</source>
        <translation>尚未准备好</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="628" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="152" />
        <source>The checklist is not complete:</source>
        <translation>准备清单尚未完成：</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="629" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="118" />
        <source>Mark it ready anyway? It will be flagged on the agenda.</source>
        <translation>仍然标记为可提交讨论吗？它将在议程上被标出。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="693" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="160" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_editor.py" line="694" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="157" />
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation>此病例有未保存的更改。关闭前保存吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="39" />
        <source>The disk holding the database is full. Nothing was saved, and what you typed is still on screen. Free some space (or ask IT), then save again.</source>
        <translation>数据库所在磁盘已满。未保存任何内容，您输入的内容仍在屏幕上。请释放空间（或联系信息科）后再保存。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42" />
        <source>The database is busy: another program or workstation is writing to it. Nothing was saved, and what you typed is still on screen. Wait a moment and save again.</source>
        <translation>数据库正忙：另一个程序或工作站正在写入。未保存任何内容，您输入的内容仍在屏幕上。请稍候再保存。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45" />
        <source>The database file is read-only for your user account. Nothing was saved. Ask IT to give you write access, or open another database.</source>
        <translation>您的账户对数据库文件只有只读权限。未保存任何内容。请联系信息科开通写入权限，或打开其他数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>The database file cannot be opened. Check that the folder still exists and that you may write to it.</source>
        <translation>无法打开数据库文件。请检查文件夹是否存在以及您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51" />
        <source>The database server cannot be reached. Check the network connection; nothing was saved and what you typed is still on screen.</source>
        <translation>无法连接数据库服务器。请检查网络连接；未保存任何内容，您输入的内容仍在屏幕上。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="180" />
        <source>• {field}: {value} is not allowed — {allowed}</source>
        <translation>• {field}：不允许 {value} — {allowed}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="177" />
        <source>Please check the entries</source>
        <translation>请检查输入内容</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="176" />
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存任何内容。请更正：</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="168" />
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="174" />
        <source>Not allowed for your role</source>
        <translation>您的角色不允许此操作</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="175" />
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>This record no longer exists (it may have been removed on another workstation).</source>
        <translation>此记录已不存在（可能已在其他工作站上删除）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="77" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="170" />
        <source>Database from a newer version</source>
        <translation>数据库来自更新版本</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78" />
        <source>This database was written by a newer version of Tumorboard and was not changed. Please install the newer version.</source>
        <translation>此数据库由更新版本的 Tumorboard 写入，未作任何更改。请安装新版本。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="173" />
        <source>Network drive not supported</source>
        <translation>不支持网络驱动器</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="171" />
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="169" />
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="172" />
        <source>File problem</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="178" />
        <source>The file could not be read or written: {error}</source>
        <translation>无法读取或写入文件：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92" />
        <location filename="../../ui/errors.py" line="116" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="179" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93" />
        <source>Something went wrong that the program did not expect. Your input is still on screen. The details were written to the log file.</source>
        <translation>程序遇到意外问题。您输入的内容仍在屏幕上。详细信息已写入日志文件。</translation>
    </message>
</context>
<context>
    <name>Fhir</name>
    <message>
        <location filename="../../ui/views/fhir_exchange.py" line="19" />
        <location filename="../../ui/views/fhir_exchange.py" line="39" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="183" />
        <source>Import FHIR bundle</source>
        <translation>导入 FHIR 包</translation>
    </message>
    <message>
        <location filename="../../ui/views/fhir_exchange.py" line="20" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="182" />
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/views/fhir_exchange.py" line="31" />
        <source>{0} case(s) imported: {1} new patient(s), {2} matched by MRN, {3} decision(s), {4} follow-up(s).</source>
        <translation>已导入 {0} 个病例：{1} 位新患者，{2} 位按病历号匹配，{3} 项决定，{4} 项随访。</translation>
    </message>
    <message>
        <location filename="../../ui/views/fhir_exchange.py" line="35" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="184" />
        <source>Not mapped ({0}):</source>
        <translation>未能对应（{0}）：</translation>
    </message>
    <message>
        <location filename="../../ui/views/fhir_exchange.py" line="38" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="181" />
        <source>Everything in the file was mapped.</source>
        <translation>文件中的全部内容均已对应。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/fact_fields.py" line="120" />
        <source>MRN</source>
        <extracomment>fields outside the case facts that the services name in a refusal, by their labels on screen</extracomment>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="120" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="121" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="121" />
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="122" />
        <source>Case title</source>
        <translation>病例标题</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="122" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="123" />
        <source>Date the sample was taken</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="124" />
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="124" />
        <source>Test</source>
        <translation type="unfinished">检查项目</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="125" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="125" />
        <source>Modality</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="126" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="126" />
        <source>Reason for deviating</source>
        <translation type="unfinished">偏离理由</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="127" />
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="127" />
        <source>Intent</source>
        <translation>治疗目的</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="128" />
        <source>Treatment date</source>
        <translation>治疗日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="129" />
        <source>Treatment given on</source>
        <translation>治疗完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="130" />
        <source>Inform patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="131" />
        <source>Inform referrer by</source>
        <translation>告知转诊医生期限</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="132" />
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="132" />
        <source>Book again for</source>
        <translation>重新预约日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="133" />
        <source>Due from</source>
        <translation>到期起始</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="133" />
        <source>Due to</source>
        <translation>到期截止</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="134" />
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="134" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="135" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="135" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/fact_fields.py" line="152" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="185" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../ui/views/figures_view.py" line="52" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="187" />
        <source>Board figures</source>
        <translation>会诊统计</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="62" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="194" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="192" />
        <source>Meetings from</source>
        <translation>会议起始</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="69" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="198" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="73" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="191" />
        <source>Figure</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="73" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="195" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="89" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="189" />
        <source>Cases and minutes per meeting</source>
        <translation>每次会议的病例数与时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="90" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="197" />
        <source>Why decisions deviated from the tier-1 recommendation</source>
        <translation>决定偏离第 1 级建议的原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="92" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="186" />
        <source>Attendance by specialty</source>
        <translation>按专科统计的出席情况</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="93" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="196" />
        <source>Why cases were deferred</source>
        <translation>病例推迟的原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="150" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="193" />
        <source>No attendance recorded.</source>
        <translation>未记录出席情况。</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="151" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="199" />
        <source>{n} meetings · computed in {ms} ms</source>
        <translation>{n} 次会议 · 用时 {ms} 毫秒</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="165" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="188" />
        <source>CEA and lesion size: {0}</source>
        <translation>CEA 与病灶大小：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/figures_view.py" line="166" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="190" />
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../ui/views/followups_view.py" line="54" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="215" />
        <source>Follow-up done</source>
        <translation>随访已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="58" />
        <location filename="../../ui/views/followups_view.py" line="72" />
        <location filename="../../ui/views/followups_view.py" line="126" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="235" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="59" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="204" />
        <source>Choose the result…</source>
        <translation>请选择结果…</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="63" />
        <location filename="../../ui/views/followups_view.py" line="75" />
        <location filename="../../ui/views/followups_view.py" line="128" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="225" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="65" />
        <location filename="../../ui/views/followups_view.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="203" />
        <source>Book again for</source>
        <translation>重新预约日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="68" />
        <location filename="../../ui/views/followups_view.py" line="71" />
        <location filename="../../ui/views/followups_view.py" line="125" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="209" />
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="76" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="257" />
        <source>“New lesion” or “progression” puts the case back on the board's ready list.</source>
        <translation>“新病灶”或“进展”会将病例重新列入待讨论名单。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="244" />
        <location filename="../../ui/views/followups_view.py" line="301" />
        <location filename="../../ui/views/followups_view.py" line="349" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="216" />
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="119" />
        <source>Due</source>
        <extracomment>(header, sort key in FollowUpQuery or None)</extracomment>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="120" />
        <location filename="../../ui/views/followups_view.py" line="326" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="228" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="121" />
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="122" />
        <location filename="../../ui/views/followups_view.py" line="260" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="230" />
        <source>Primary site</source>
        <translation>原发部位</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="123" />
        <location filename="../../ui/views/followups_view.py" line="265" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="242" />
        <source>Test</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="326" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="206" />
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="326" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="207" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="327" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="247" />
        <source>Who informs</source>
        <translation>告知人</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="327" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="218" />
        <source>Inform patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="328" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="246" />
        <source>Told</source>
        <translation>已告知</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="328" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="219" />
        <source>Inform referrer by</source>
        <translation>告知转诊医生期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="329" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="208" />
        <source>Decisions not yet communicated</source>
        <translation>尚未告知的决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="331" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="248" />
        <source>Worklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="335" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="212" />
        <source>Every decision has been communicated to the patient and the referring doctor.</source>
        <translation>所有决定均已告知患者和转诊医生。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="134" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="124" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="127" />
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="133" />
        <source>Open (all dates)</source>
        <extracomment>the "Show" choices: (label, status filter, overdue only, due within the due window)</extracomment>
        <translation>未完成（全部日期）</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="135" />
        <source>Due soon (and overdue)</source>
        <translation>即将到期（含逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="136" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="137" />
        <source>Every follow-up</source>
        <translation>全部随访</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="141" />
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="141" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="142" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="142" />
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="168" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="244" />
        <source>This column does not sort</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="181" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="200" />
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="193" />
        <source>Counted from the meeting: no treatment date was known. It moves when the treatment date is entered.</source>
        <translation>按会诊日期计算：尚无治疗日期。录入治疗日期后会随之调整。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="252" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="236" />
        <source>Search by MRN or name (any script)…</source>
        <translation>按病历号或姓名搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="253" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="237" />
        <source>Search follow-ups by MRN or name</source>
        <translation>按病历号或姓名搜索随访</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="256" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="241" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="261" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="201" />
        <source>All primary sites</source>
        <translation>所有原发部位</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="266" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="202" />
        <source>All tests</source>
        <translation>所有检查</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="269" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="210" />
        <source>Due from</source>
        <translation>到期起始</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="270" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="211" />
        <source>Due to</source>
        <translation>到期截止</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="271" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="250" />
        <source>due from</source>
        <translation>到期起始</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="271" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="251" />
        <source>due to</source>
        <translation>到期截止</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="274" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="234" />
        <source>Responsible…</source>
        <translation>负责人…</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="275" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="233" />
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="277" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="205" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="319" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="258" />
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="321" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="221" />
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="333" />
        <source>No follow-up matches these filters. Clear the filters to see every open follow-up.</source>
        <translation>没有符合筛选条件的随访。清除筛选可查看全部未完成随访。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="350" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="222" />
        <source>Not yet communicated</source>
        <translation>尚未告知</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="352" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="220" />
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="355" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="226" />
        <source>Open case</source>
        <translation>打开病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="357" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="231" />
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="358" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="243" />
        <source>The list as filtered and sorted, as a PDF to print</source>
        <translation>按当前筛选和排序的列表，生成 PDF 打印</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="360" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="214" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="361" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="213" />
        <source>Every follow-up of the filtered list, for a spreadsheet</source>
        <translation>筛选后的全部随访，供电子表格使用</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="363" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="229" />
        <source>Patient informed</source>
        <translation>已告知患者</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="365" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="232" />
        <source>Referring doctor informed</source>
        <translation>已告知转诊医生</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="405" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="256" />
        <source>“Due to” is before “due from”.</source>
        <translation>“到期截止”早于“到期起始”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="431" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="255" />
        <source>{first}–{last} of {total}</source>
        <translation>第 {first}–{last} 条，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="436" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="217" />
        <source>Follow-ups ({n})</source>
        <translation>随访（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="443" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="224" />
        <source>Not yet communicated ({n}, {late} overdue)</source>
        <translation>尚未告知（{n}，{late} 项逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="454" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="253" />
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="456" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="254" />
        <source>referrer</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="461" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="252" />
        <source>nobody yet</source>
        <translation>尚未告知任何人</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="468" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="227" />
        <source>Past this date and not yet told</source>
        <translation>已过期限，尚未告知</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="533" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="240" />
        <source>Select a row first: then Open case opens its case.</source>
        <translation>请先选择一行，再用“打开病例”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="544" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="239" />
        <source>Select a follow-up in the list first: then Mark done… records its result.</source>
        <translation>请先在列表中选择一项随访，然后用“标记完成…”记录结果。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="547" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="245" />
        <source>This follow-up is already closed ({status}).</source>
        <translation>此随访已关闭（{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="591" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="238" />
        <source>Select a decision in the list first.</source>
        <translation>请先在列表中选择一项决定。</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="442" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="223" />
        <source>Not yet communicated ({n})</source>
        <translation>尚未告知（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups_view.py" line="445" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="249" />
        <source>as of {d}</source>
        <translation>截至 {d}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/views/case_history.py" line="30" />
        <source>Work-up in progress: facts or results are still missing.</source>
        <translation>检查进行中：仍缺少资料或结果。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="31" />
        <source>Complete: waiting to be put on a meeting's agenda.</source>
        <translation>资料完整：等待列入会议议程。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="32" />
        <source>On a meeting's agenda (see Meetings).</source>
        <translation>已列入会议议程（见“会议”）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="33" />
        <source>The board has decided (see Decisions); no follow-up is planned.</source>
        <translation>会诊组已作出决定（见“决定”）；未安排随访。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="34" />
        <source>The board has decided; follow-ups are planned (see Follow-ups).</source>
        <translation>会诊组已作出决定；已安排随访（见“随访”）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="35" />
        <source>Closed: nothing further is planned.</source>
        <translation>已关闭：无后续安排。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="38" />
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="38" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="39" />
        <source>Lab result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="39" />
        <source>Imaging study</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="40" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="40" />
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="41" />
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="44" />
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="44" />
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="45" />
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="45" />
        <source>status changed</source>
        <translation>状态已变更</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="46" />
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="46" />
        <source>amended</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="47" />
        <location filename="../../ui/views/case_history.py" line="53" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="47" />
        <location filename="../../ui/views/case_history.py" line="54" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="48" />
        <source>re-dated</source>
        <translation>已改期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="48" />
        <source>treatment given</source>
        <translation>治疗已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="49" />
        <source>follow-ups planned</source>
        <translation>已安排随访</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="49" />
        <source>listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="50" />
        <location filename="../../ui/views/case_history.py" line="174" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="285" />
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="50" />
        <location filename="../../ui/views/case_history.py" line="175" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="284" />
        <source>deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="51" />
        <location filename="../../ui/views/case_history.py" line="199" />
        <location filename="../../ui/views/case_history.py" line="200" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="293" />
        <source>told</source>
        <translation>已告知</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="53" />
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="78" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="294" />
        <source>yes</source>
        <extracomment>columns not worth a line in the history</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="78" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="286" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="96" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="295" />
        <source>{n} from {start}</source>
        <translation>{n} 项，自 {start} 起</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="97" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="291" />
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="104" />
        <location filename="../../ui/views/case_history.py" line="180" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="292" />
        <source>reason: {r}</source>
        <translation>原因：{r}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="113" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="278" />
        <source>Treatment given</source>
        <translation>治疗已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="115" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="296" />
        <source>{what}: the day it was given. The open follow-ups are counted from it.</source>
        <translation>{what}：实际治疗日期。未完成的随访将从该日起计算。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="119" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="279" />
        <source>Treatment given on</source>
        <translation>治疗完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="121" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="268" />
        <source>Given on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="146" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="261" />
        <source>Case history</source>
        <translation>病例历史</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="174" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="289" />
        <source>not yet discussed</source>
        <translation>尚未讨论</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="192" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="264" />
        <source>Deviates from the tier-1 options: {r}</source>
        <translation>偏离一级方案：{r}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="194" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="274" />
        <source>Recorded by {who} on {when}</source>
        <translation>由 {who} 于 {when} 记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="197" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="260" />
        <source>Amended by {who}: {r}</source>
        <translation>由 {who} 修改：{r}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="199" />
        <location filename="../../ui/views/case_history.py" line="200" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="290" />
        <source>not yet told</source>
        <translation>尚未告知</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="201" />
        <source>{who} informs the patient by {p} ({tp}) and the referring doctor by {r} ({tr})</source>
        <translation>{who} 于 {p} 前告知患者（{tp}），于 {r} 前告知转诊医生（{tr}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="203" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="288" />
        <source>nobody named</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="206" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="281" />
        <source>Treatment given on {d}</source>
        <translation>治疗已于 {d} 完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="208" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="283" />
        <source>Treatment planned for {d}</source>
        <translation>治疗计划于 {d}</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="210" />
        <source>No treatment date yet: the follow-ups count from the meeting (provisional).</source>
        <translation>尚无治疗日期：随访按会诊日期计算（暂定）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="216" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="266" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="216" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="277" />
        <source>Test</source>
        <translation type="unfinished">检查项目</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="216" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="276" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="217" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="265" />
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="217" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="275" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="217" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="273" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="220" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="259" />
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="265" />
        <source>Treatment given on {day}: {n} open follow-up(s) re-dated by {shift} day(s); the next is now due {first}.</source>
        <translation>治疗已于 {day} 完成：{n} 项未完成随访已调整 {shift} 天；下一项现于 {first} 到期。</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_history.py" line="269" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="280" />
        <source>Treatment given on {day}: the follow-up dates did not need to change.</source>
        <translation>治疗已于 {day} 完成：随访日期无需调整。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="262" />
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="263" />
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="267" />
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="269" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="270" />
        <source>No decision yet.</source>
        <translation>尚无决定。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="271" />
        <source>No follow-ups planned.</source>
        <translation>未安排随访。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="272" />
        <source>Not on any meeting yet.</source>
        <translation>尚未列入任何会议。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="282" />
        <source>Treatment given on…</source>
        <translation>治疗完成日期…</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="287" />
        <source>no question written</source>
        <translation>未填写问题</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../../ui/views/case_records.py" line="43" />
        <source>Bilirubin</source>
        <translation>胆红素</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="43" />
        <source>Albumin</source>
        <translation>白蛋白</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="44" />
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="44" />
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="45" />
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="45" />
        <source>AFP</source>
        <translation>AFP</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="46" />
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="46" />
        <source>Creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_records.py" line="47" />
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../../ui/views/letter.py" line="27" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="297" />
        <source>Letter to the referrer</source>
        <translation>致转诊医生的信</translation>
    </message>
    <message>
        <location filename="../../ui/views/letter.py" line="28" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="298" />
        <source>Record that the letter was sent: the referring doctor is informed as of today?</source>
        <translation>记录信件已寄出：转诊医生自今天起视为已告知？</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../ui/live.py" line="93" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="301" />
        <source>Reload</source>
        <extracomment>how long one wait for changes lasts (seconds): also how long stopping the watcher can take which of the context's notices each audited entity means</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live.py" line="94" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="300" />
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live.py" line="95" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="302" />
        <source>Show the saved case; your unsaved changes are dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live.py" line="96" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="299" />
        <source>Go on; saving will be refused until you reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live.py" line="113" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="303" />
        <source>This case was changed by {name} at {time} on another workstation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/live.py" line="114" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="304" />
        <source>someone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="336" />
        <source>Tumorboard</source>
        <translation>Tumorboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="328" />
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="321" />
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="327" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="333" />
        <source>Review</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="324" />
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="334" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="320" />
        <source>Board figures</source>
        <translation>会诊统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="323" />
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="322" />
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="339" />
        <source>{who} ({role})</source>
        <translation>{who}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="335" />
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="337" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="308" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="312" />
        <source>&amp;New case</source>
        <translation>新建病例(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="316" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="330" />
        <source>Open as P&amp;DF</source>
        <translation>以 PDF 打开(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="325" />
        <source>Import &amp;referrals…</source>
        <translation>导入转诊名单(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="326" />
        <source>Import FHIR &amp;bundle…</source>
        <translation>导入 FHIR 包(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="314" />
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="306" />
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="317" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="307" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="309" />
        <source>&amp;Find case</source>
        <translation>查找病例(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="319" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="310" />
        <source>&amp;Full screen (meeting room)</source>
        <translation>全屏（会议室）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="318" />
        <source>&amp;Review</source>
        <translation>讨论(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="313" />
        <source>&amp;Next case</source>
        <translation>下一例(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="315" />
        <source>&amp;Previous case</source>
        <translation>上一例(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="311" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="331" />
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="305" />
        <source>&amp;About Tumorboard</source>
        <translation>关于 Tumorboard(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="332" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="329" />
        <source>Open a case, a meeting or the review to print it.</source>
        <translation>请先打开病例、会议或讨论页面再打印。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37" />
        <source>ddd dd MMM yyyy</source>
        <comment>a Qt date format: the translation may reorder it</comment>
        <extracomment>weekday and month names follow the program's language, not the workstation's locale. English names come from the C locale: three letters for every month (en_GB's CLDR data writes "Sept" beside "Oct"). the translators install_translators() put in, so reset_language() can take them out again</extracomment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="338" />
        <source>ddd dd MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="35" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="368" />
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="40" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="363" />
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="55" />
        <location filename="../../ui/views/meeting_dialogs.py" line="65" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="389" />
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="57" />
        <location filename="../../ui/views/meeting_dialogs.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="373" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="58" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="393" />
        <source>e.g. Conference room 3B</source>
        <translation>例如：3B 会议室</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="62" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="361" />
        <source>Liver metastasis board</source>
        <translation>肝转移多学科会诊</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="63" />
        <location filename="../../ui/views/meeting_dialogs.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="391" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="64" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="357" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="88" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="392" />
        <source>Title: enter the board's name, e.g. Liver metastasis board.</source>
        <translation>标题：请输入会诊名称，例如“肝转移会诊”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="90" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="374" />
        <source>Place: enter where the board meets, e.g. Conference room 3B.</source>
        <translation>地点：请输入会诊地点，例如“3B 会议室”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="111" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="346" />
        <source>Add ready cases</source>
        <translation>添加已准备好的病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="114" />
        <source>Cases marked ready for the board. Tick the ones to discuss; the agenda flags any whose checklist is not complete.</source>
        <translation>已标记为待讨论的病例。请勾选要讨论的病例；准备清单未完成的病例会在议程中标出。</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="119" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="383" />
        <source>Ready cases</source>
        <translation>已准备好的病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="127" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="370" />
        <source>No case is ready for the board at the moment.</source>
        <translation>目前没有可提交讨论的病例。</translation>
    </message>
    <message>
        <location filename="../../ui/views/meeting_dialogs.py" line="135" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="348" />
        <source>Add to agenda</source>
        <translation>加入议程</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="63" />
        <location filename="../../ui/views/meetings_view.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="364" />
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="70" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="369" />
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="80" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="356" />
        <source>Choose or create a meeting.</source>
        <translation>请选择或新建会议。</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="91" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="349" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="104" />
        <source>No cases on this agenda yet. “Add ready cases…” lists the cases marked ready for the board.</source>
        <translation>议程上还没有病例。“添加待讨论病例…”会列出已标记为待讨论的病例。</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="109" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="366" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="112" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="365" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="120" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="379" />
        <source>Question for the board</source>
        <translation>提交会诊的问题</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="121" />
        <location filename="../../ui/views/meetings_view.py" line="398" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="390" />
        <source>The question for the board about the selected case</source>
        <translation>所选病例提交会诊的问题</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="123" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="347" />
        <source>Add ready cases…</source>
        <translation>添加已准备好的病例…</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="125" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="384" />
        <source>Remove from agenda</source>
        <translation>从议程中移除</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="127" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="388" />
        <source>Start review</source>
        <translation>开始讨论</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="130" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="377" />
        <source>Print handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="132" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="378" />
        <source>Print minutes</source>
        <translation>打印会议纪要</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="134" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="358" />
        <source>Export invitation (.ics)</source>
        <translation>导出会议邀请（.ics）</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="135" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="344" />
        <source>A calendar invitation with the agenda (cases by number, no names)</source>
        <translation>含议程的日历邀请（仅病例编号，不含姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="137" />
        <location filename="../../ui/views/meetings_view.py" line="337" />
        <location filename="../../ui/views/meetings_view.py" line="342" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="359" />
        <source>Finalise meeting</source>
        <translation>会议定稿</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="139" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="350" />
        <source>Agenda (drag, or Ctrl+Up / Ctrl+Down, to reorder)</source>
        <translation>议程（拖动或按 Ctrl+上/下 调整顺序）</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="144" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="380" />
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="155" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="351" />
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="156" />
        <location filename="../../ui/views/meetings_view.py" line="164" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="367" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="156" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="385" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="157" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="376" />
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="165" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="354" />
        <source>Attendee name</source>
        <translation>出席者姓名</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="168" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="355" />
        <source>Attendee role</source>
        <translation>出席者角色</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="169" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="345" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="171" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="386" />
        <source>Save attendance</source>
        <translation>保存出席情况</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="176" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="352" />
        <source>Attendance and quorum</source>
        <translation>出席与法定人数</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="232" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="396" />
        <source>nursing</source>
        <translation>护理</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="232" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="397" />
        <source>pathology</source>
        <translation>病理科</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="246" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="394" />
        <source>finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="298" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="360" />
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="298" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="375" />
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="301" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="341" />
        <source>%n case(s) not ready</source>
        <translation>%n 个病例未准备好</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="343" />
        <source>The quorum was not met (missing: {roles}). The minutes will say so. Finalise anyway?</source>
        <translation>未达到法定人数（缺少：{roles}）。会议纪要将注明此点。仍要定稿吗？</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="399" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="387" />
        <source>Select a case on the agenda to write its question</source>
        <translation>请先在议程中选择病例，再填写问题</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="452" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="398" />
        <source>{name} present</source>
        <translation>{name} 出席</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="501" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="381" />
        <source>Quorum expected (confirm attendance on the day)</source>
        <translation>预计达到法定人数（当天确认出席）</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="506" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="372" />
        <source>No quorum expected</source>
        <translation>预计未达到法定人数</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="508" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="395" />
        <source>missing: {roles}</source>
        <translation>缺少：{roles}</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="511" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="353" />
        <source>Attendance changed: not saved yet (Save attendance)</source>
        <translation>出席情况已更改，尚未保存（保存出席）</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="340" />
        <source>%n case(s)</source>
        <translation>%n 个病例</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="342" />
        <source>%n case(s) on the agenda</source>
        <translation>议程上有 %n 个病例</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="343" />
        <source>%n case(s) on the agenda have no decision and were not deferred. Record a decision or defer each before finalising.</source>
        <translation>议程上有 %n 个病例既没有决定也未推迟。请先为每个病例记录决定或推迟，然后再定稿。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="362" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="506" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="371" />
        <source>No quorum</source>
        <translation>未达到法定人数</translation>
    </message>
    <message>
        <location filename="../../ui/views/meetings_view.py" line="502" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="382" />
        <source>Quorum met</source>
        <translation>达到法定人数</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../ui/printing.py" line="54" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="409" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="55" />
        <location filename="../../ui/printing.py" line="107" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="404" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="75" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="405" />
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="104" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="400" />
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="105" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="403" />
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="106" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="399" />
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>电子表格 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="108" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="410" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="116" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="406" />
        <source>Preparing {name}</source>
        <translation>正在生成{name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="117" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="412" />
        <source>Writing the file</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="136" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="402" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="150" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="407" />
        <source>Print {name}</source>
        <extracomment>highest resolution pages are rendered at for the printer (A4 at 300 dpi: 2480 x 3508 pixels)</extracomment>
        <translation>打印 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="157" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="408" />
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="157" />
        <source>The document could not be printed ({error}). It is saved as:
{path}</source>
        <translation>无法打印该文档（{error}）。已保存为：
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="176" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="411" />
        <source>Sending the pages to the printer…</source>
        <translation>正在将页面发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="177" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="401" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="183" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="413" />
        <source>the printer could not be opened</source>
        <translation>无法打开打印机</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="18" />
        <source>Confirmed cross-sectional imaging (contrast CT or MRI)</source>
        <extracomment>the service's checklist wording, listed so pyside6-lupdate offers it to the translator (a number in a label becomes {n}: the week limits are parameters)</extracomment>
        <translation>已有断层影像确诊（增强 CT 或 MRI）</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="19" />
        <source>Imaging not older than {n} weeks</source>
        <translation>影像检查不超过 {n} 周</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="20" />
        <source>Liver function (bilirubin, albumin, INR)</source>
        <translation>肝功能（胆红素、白蛋白、INR）</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="21" />
        <source>Liver function tests not older than {n} weeks</source>
        <translation>肝功能检查不超过 {n} 周</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="22" />
        <source>Performance status (ECOG)</source>
        <translation>体能状态（ECOG）</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="23" />
        <source>Future liver remnant (when resection is considered)</source>
        <translation>剩余肝体积（考虑切除时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="24" />
        <source>no contrast CT or MRI on record</source>
        <translation>没有增强 CT 或 MRI 记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="25" />
        <source>no dated CT/MRI study recorded</source>
        <translation>没有带日期的 CT/MRI 检查记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="26" />
        <source>bilirubin, albumin and INR known</source>
        <translation>胆红素、白蛋白和 INR 均已知</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="27" />
        <source>ECOG not recorded</source>
        <translation>未记录 ECOG</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="28" />
        <source>not needed: no resection proposed</source>
        <translation>不需要：未建议切除</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="29" />
        <source>on record: {rest}</source>
        <translation>已有记录：{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="30" />
        <source>latest CT/MRI {rest}</source>
        <translation>最近一次 CT/MRI：{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="31" />
        <source>missing: {rest}</source>
        <translation>缺少：{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="32" />
        <source>too old or missing: {rest}</source>
        <translation>过期或缺失：{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="33" />
        <source>all taken since {rest}</source>
        <translation>均在 {rest} 之后采集</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="34" />
        <source>needed: {rest}</source>
        <translation>需要：{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="63" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="415" />
        <source>Readiness checklist</source>
        <translation>准备清单</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="74" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="418" />
        <source>Save the case to check whether it is ready for the board.</source>
        <translation>保存病例后即可检查是否可以提交讨论。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="414" />
        <source>Not ready yet</source>
        <translation>尚未准备好</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="416" />
        <source>Ready for the board</source>
        <translation>待讨论</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="417" />
        <source>Ready for the board?</source>
        <translation>是否可以提交讨论？</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../ui/views/referral_import.py" line="33" />
        <location filename="../../ui/views/referral_import.py" line="169" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="427" />
        <source>Import referrals</source>
        <translation>导入转诊名单</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="34" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="432" />
        <source>Referral lists (*.csv *.xlsx)</source>
        <translation>转诊名单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="45" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="428" />
        <source>Import referrals: {0}</source>
        <translation>导入转诊名单：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="50" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="423" />
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="55" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="440" />
        <source>day first (31.12.2026, 31/12/2026)</source>
        <translation>日在前（31.12.2026、31/12/2026）</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="56" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="442" />
        <source>month first (12/31/2026)</source>
        <translation>月在前（12/31/2026）</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="58" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="424" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="59" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="422" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="433" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="435" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="68" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="431" />
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="69" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="421" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="69" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="436" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="70" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="437" />
        <source>What is allowed / what changes</source>
        <translation>允许的内容 / 将发生的变化</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="75" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="426" />
        <source>Import all rows</source>
        <translation>导入全部行</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="76" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="429" />
        <source>Import the valid rows…</source>
        <translation>导入有效行…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="96" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="420" />
        <source>Checking the referral list…</source>
        <translation>正在检查转诊名单…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="115" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="448" />
        <source>{0} rows ({1}): {2} new, {3} matched, {4} refused.</source>
        <translation>{0} 行（{1}）：新增 {2}，匹配 {3}，拒绝 {4}。</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="117" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="425" />
        <source>Fix the refused rows, or import the valid rows and get the rest as a CSV to fix.</source>
        <translation>请修正被拒绝的行，或先导入有效行，其余行另存为 CSV 以便修正。</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="120" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="443" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="120" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="441" />
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="121" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="444" />
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="130" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="445" />
        <source>the patient's record gets a new version</source>
        <translation>患者记录将生成新版本</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="133" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="438" />
        <source>a known patient: a new draft case</source>
        <translation>已知患者：新建草稿病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="134" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="439" />
        <source>a new patient and draft case</source>
        <translation>新患者及草稿病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="151" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="434" />
        <source>Save the refused rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="152" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="419" />
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="163" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="446" />
        <source>{0} draft case(s) imported: {1} new patient(s), {2} updated.</source>
        <translation>已导入 {0} 个草稿病例：{1} 位新患者，{2} 位已更新。</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="166" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="447" />
        <source>{0} refused row(s) saved to {1}.</source>
        <translation>{0} 个被拒绝的行已保存到 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral_import.py" line="173" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="430" />
        <source>Importing referrals…</source>
        <translation>正在导入转诊名单…</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>No evidence of disease</source>
        <translation>无疾病证据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Response</source>
        <translation>缓解</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>New lesion (back to the board)</source>
        <translation>新病灶（重新提交会诊）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Progression (back to the board)</source>
        <translation>进展（重新提交会诊）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/views/case_summary.py" line="40" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="507" />
        <source>{n} years</source>
        <translation>{n} 岁</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="90" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="457" />
        <source>Chosen treatment</source>
        <extracomment>every offered modality, in the recommendation's order: (intent, timing) codes Intent and Timing follow the ticked treatments until the user sets them by hand</extracomment>
        <translation>选定的治疗</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="99" />
        <location filename="../../ui/views/decision_form.py" line="140" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="468" />
        <source>Intent</source>
        <translation>治疗目的</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="103" />
        <location filename="../../ui/views/decision_form.py" line="140" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="496" />
        <source>Timing</source>
        <translation>时相</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="104" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="505" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="116" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="484" />
        <source>Reason for deviating from the tier-1 options</source>
        <translation>偏离第 1 级方案的理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="119" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="483" />
        <source>Reason for deviating</source>
        <translation>偏离理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="122" />
        <location filename="../../ui/views/decision_form.py" line="141" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="482" />
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="125" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="492" />
        <source>The patient's preference</source>
        <translation>患者意愿</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="126" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="449" />
        <source>A clinical trial was considered</source>
        <translation>已考虑临床试验</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="128" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="501" />
        <source>Who informs the patient and the referring doctor</source>
        <translation>由谁告知患者和转诊医生</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="129" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="466" />
        <source>Inform the patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="130" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="467" />
        <source>Inform the referring doctor by</source>
        <translation>告知转诊医生期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="131" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="478" />
        <source>Planned treatment date</source>
        <translation>计划治疗日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="133" />
        <location filename="../../ui/views/decision_form.py" line="146" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="476" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="134" />
        <location filename="../../ui/views/decision_form.py" line="205" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="497" />
        <source>Treatment (the tier-1 options are ticked)</source>
        <translation>治疗（已勾选第 1 级方案）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="142" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="477" />
        <source>Patient's preference</source>
        <translation>患者意愿</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="143" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="500" />
        <source>Who informs</source>
        <translation>告知人</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="144" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="465" />
        <source>Inform patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="146" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="498" />
        <source>Treatment date</source>
        <translation>治疗日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="183" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="456" />
        <source>Choose at least one treatment.</source>
        <translation>请至少选择一种治疗。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="174" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="490" />
        <source>The decision differs from the tier-1 options: write the reason.</source>
        <translation>决定与第 1 级方案不同：请填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="145" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="506" />
        <source>referrer by</source>
        <translation>转诊医生告知期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="225" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="499" />
        <source>Treatment decided</source>
        <translation>决定的治疗</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="281" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="504" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="283" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="463" />
        <source>Deviates from the tier-1 options ({names}).</source>
        <translation>与第 1 级方案（{names}）不同。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decision_form.py" line="286" />
        <source>⚠ This differs from the tier-1 options ({names}). A reason is required.</source>
        <translation>⚠ 与第 1 级方案（{names}）不同，必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="73" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="470" />
        <source>Meeting</source>
        <extracomment>readable from the back of the room (a widget style sheet: app-wide sheets stop setFont cascading) the same, smaller, for a screen of 768 pixels' height (see ReviewView.resizeEvent)</extracomment>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="77" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="479" />
        <source>Previous</source>
        <translation>上一例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="78" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="480" />
        <source>Previous case</source>
        <translation>上一例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="80" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="471" />
        <source>Next</source>
        <translation>下一例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="81" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="472" />
        <source>Next case</source>
        <translation>下一例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="85" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="494" />
        <source>Time spent on this case</source>
        <translation>本病例用时</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="86" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="495" />
        <source>Time the board has spent on this case; kept in the minutes.</source>
        <translation>会诊在本病例上花费的时间；记入会议纪要。</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="117" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="485" />
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="121" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="461" />
        <source>Defer…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="123" />
        <location filename="../../ui/views/review_view.py" line="300" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="451" />
        <source>Amend decision…</source>
        <translation>修改决定…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="125" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="469" />
        <source>Letter to referrer…</source>
        <translation>致转诊医生的信…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="126" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="489" />
        <source>The decision as a letter to the referring doctor and the GP</source>
        <translation>将决定写成致转诊医生和家庭医生的信</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="141" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="488" />
        <source>The board's decision</source>
        <translation>会诊决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="169" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="455" />
        <source>Choose a meeting to review its cases.</source>
        <translation>请选择会议以讨论其病例。</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="245" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="473" />
        <source>No cases on this agenda</source>
        <translation>此议程没有病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="247" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="450" />
        <source>Add ready cases to the meeting's agenda first.</source>
        <translation>请先将已准备好的病例加入会议议程。</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="252" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="454" />
        <source>Case {i} of {n}</source>
        <translation>第 {i} 例，共 {n} 例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="276" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="458" />
        <source>Decision recorded by {who} on {when}.</source>
        <translation>决定由 {who} 于 {when} 记录。</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="279" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="462" />
        <source>Deviates from the recommendation.</source>
        <translation>偏离推荐方案。</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="281" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="453" />
        <source>Amended: {r}</source>
        <translation>已修改：{r}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="285" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="460" />
        <source>Deferred: {r}</source>
        <translation>已推迟：{r}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="289" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="487" />
        <source>Status: {s}</source>
        <translation>状态：{s}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="292" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="475" />
        <source>Not ready for the board:</source>
        <translation>尚不能提交讨论：</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="301" />
        <location filename="../../ui/views/review_view.py" line="443" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="486" />
        <source>Save amendment…</source>
        <translation>保存修改…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="364" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="493" />
        <source>Time on this case: {m}:{s:02d}</source>
        <translation>本病例用时：{m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="403" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="491" />
        <source>The meeting is still ahead</source>
        <translation>会议尚未举行</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="404" />
        <source>This meeting is on {day}, and today is {today}. Record the board's decision now, before the meeting?</source>
        <translation>此会议在 {day}，今天是 {today}。要在会议之前现在记录会诊决定吗？</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="426" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="459" />
        <source>Defer this case</source>
        <translation>推迟此病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="427" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="502" />
        <source>Why is the case deferred? It is carried to the next meeting's agenda.</source>
        <translation>为什么推迟此病例？它将被转入下次会议议程。</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="445" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="452" />
        <source>Amend the decision</source>
        <translation>修改决定</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_view.py" line="446" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="503" />
        <source>Why is the decision amended? The reason is kept in the audit trail.</source>
        <translation>为什么修改决定？理由将记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="464" />
        <source>Imaging</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="474" />
        <source>Not known</source>
        <translation>未知项</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="481" />
        <source>Question for the board</source>
        <translation>提交会诊的问题</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/permissions.py" line="42" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="509" />
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="43" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="511" />
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="44" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="510" />
        <source>clinician</source>
        <translation>临床医生</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="45" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="513" />
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="47" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="512" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="54" />
        <source>Needs the role {needed} (you are {mine}). An admin of this board can change roles.</source>
        <translation>需要角色“{needed}”（您是“{mine}”）。本会诊组的管理员可以更改角色。</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="116" />
        <source>The account {who} is disabled on this board: it may not read or change anything. Ask an admin of this board.</source>
        <translation>账户 {who} 在本会诊组已停用：不能查看或更改任何内容。请联系本会诊组的管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="119" />
        <source>You are signed in as {who}, an account this board does not list yet: you can read and print, not change anything, until an admin gives you a role (tumorboard users set-role {who} ROLE).</source>
        <translation>您以 {who} 登录，本会诊组尚未登记此账户：在管理员为您分配角色之前，您只能查看和打印，不能更改任何内容（tumorboard users set-role {who} ROLE）。</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="123" />
        <source>You are signed in as {who} with the role viewer: you can read and print, not change anything. An admin of this board can give you another role.</source>
        <translation>您以 {who} 登录，角色为“查看者”：可以查看和打印，不能更改任何内容。本会诊组的管理员可以为您分配其他角色。</translation>
    </message>
    <message>
        <location filename="../../ui/permissions.py" line="135" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="508" />
        <source>Your role on this board</source>
        <translation>您在本会诊组的角色</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../ui/server_login.py" line="68" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="516" />
        <source>The server refused the password. Password for {server}:</source>
        <translation>服务器拒绝了密码。{server} 的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="69" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="515" />
        <source>Password for {server}:</source>
        <translation>{server} 的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/server_login.py" line="70" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="514" />
        <source>Department server</source>
        <translation>科室服务器</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/views/settings_view.py" line="45" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="554" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="49" />
        <location filename="../../ui/views/settings_view.py" line="76" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="529" />
        <source>Hospital name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="51" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="533" />
        <source>Logo file</source>
        <translation>标志文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="52" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="537" />
        <source>PNG or JPEG printed on handouts (optional)</source>
        <translation>打印在讲义上的 PNG 或 JPEG（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="53" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="525" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="59" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="526" />
        <source>Core specialties, one per line</source>
        <translation>核心专科，每行一个</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="63" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="556" />
        <source>Standing members, one per line: name, role</source>
        <translation>常任成员，每行一人：姓名，角色</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="64" />
        <source>Dr. Chen, hepatobiliary surgery
Dr. Weber, radiology</source>
        <translation>陈医生, 肝胆外科
韦伯医生, 放射科</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="69" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="551" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="74" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="561" />
        <source>The board</source>
        <translation>会诊组</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="77" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="532" />
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="78" />
        <source>Core specialties
(quorum)</source>
        <translation>核心专科
（法定人数）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="79" />
        <source>Standing members
(name, role)</source>
        <translation>常任成员
（姓名，角色）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="85" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="559" />
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="86" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="517" />
        <source>A handout with invented patients under this letterhead: checks logo, name and printer</source>
        <translation>使用此信头和虚构患者的讲义：检查标志、名称和打印机</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="91" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="563" />
        <source>invented patients, this letterhead</source>
        <translation>虚构患者，此信头</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="95" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="528" />
        <source>Handouts</source>
        <translation>讲义</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="100" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="518" />
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="102" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="544" />
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="107" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="553" />
        <source>Server databases are backed up by the server's administrator.</source>
        <translation>服务器数据库由服务器管理员备份。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="108" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="527" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="110" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="531" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="111" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="536" />
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="112" />
        <source>Another file, a new one, the department server or demo data; Tumorboard starts again with it</source>
        <translation>其他文件、新文件、科室服务器或演示数据；Tumorboard 将随之重新启动</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="121" />
        <source>Also from File → Open another database…, or at start: tumorboard --db FILE gui, or TUMORBOARD_DATABASE_URL for a server.</source>
        <translation>也可通过 文件 → 打开其他数据库…，或在启动时：tumorboard --db 文件 gui，服务器则设置 TUMORBOARD_DATABASE_URL。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="129" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="546" />
        <source>Rule parameters</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="130" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="538" />
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="130" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="562" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="131" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="534" />
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="131" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="555" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="142" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="547" />
        <source>Rule parameters (read-only)</source>
        <translation>规则参数（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="144" />
        <source>Thresholds the decision support uses, each with its source. They are changed only by a reviewed parameter file, never here.</source>
        <translation>决策支持使用的阈值及其出处。只能通过经审核的参数文件修改，不能在此修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="150" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="540" />
        <source>Re-evaluate all open cases</source>
        <translation>重新评估所有未结病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="151" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="548" />
        <source>Run the decision rules again on every open case (after a rule-set or parameter update)</source>
        <translation>对每个未结病例重新运行决策规则（规则集或参数更新后）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="163" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="522" />
        <source>Cases whose first choice changed</source>
        <translation>首选方案发生变化的病例</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="188" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="539" />
        <source>Parameters unavailable: {e}</source>
        <translation>参数不可用：{e}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="212" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="524" />
        <source>Choose the hospital logo</source>
        <translation>选择医院标志</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="213" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="530" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="230" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="557" />
        <source>Standing members: write each as “name, role”: {lines}</source>
        <translation>常任成员：请按“姓名，角色”填写：{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="244" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="552" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="261" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="542" />
        <source>Re-evaluating…</source>
        <translation>正在重新评估…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="267" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="535" />
        <source>No open cases to re-evaluate.</source>
        <translation>没有需要重新评估的未结病例。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="269" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="566" />
        <source>{n} open case(s) re-evaluated; {changed} with a changed first-choice recommendation.</source>
        <translation>已重新评估 {n} 个未结病例；其中 {changed} 个的首选推荐发生变化。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="280" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="558" />
        <source>Stopped; the cases done so far keep their new evaluation.</source>
        <translation>已停止；已完成的病例保留新的评估结果。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="285" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="541" />
        <source>Re-evaluating open cases…</source>
        <translation>正在重新评估未结病例…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="292" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="521" />
        <source>Case {id} · MRN {mrn}</source>
        <translation>病例 {id} · 病历号 {mrn}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="294" />
        <source>{head}: the stored facts contradict each other; open the case and correct them. {problem}</source>
        <translation>{head}：保存的资料相互矛盾；请打开病例更正。{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="298" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="564" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="300" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="565" />
        <source>{head}: first choice was {old}; now {new} (rules {rules})</source>
        <translation>{head}：首选方案原为 {old}；现为 {new}（规则 {rules}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="326" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="519" />
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="327" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="550" />
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="333" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="520" />
        <source>Backup done</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="333" />
        <source>The database was backed up to:
{p}</source>
        <translation>数据库已备份到：
{p}</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="337" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="523" />
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="338" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="549" />
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="342" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="543" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="343" />
        <source>The current database will be replaced by the backup (it is checked first; a copy of the current one is kept). Tumorboard closes afterwards; start it again. Continue?</source>
        <translation>当前数据库将被备份替换（会先检查备份，并保留当前数据库的副本）。之后 Tumorboard 将关闭，请重新启动。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="358" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="545" />
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.py" line="359" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="560" />
        <source>The backup was restored. Tumorboard will now close.</source>
        <translation>备份已恢复。Tumorboard 现在将关闭。</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="60" />
        <source>Draft (incomplete)</source>
        <translation>草稿（不完整）</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="61" />
        <source>Ready for the board</source>
        <translation>待讨论</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="62" />
        <source>Listed on a meeting</source>
        <translation>已列入会议</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="63" />
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="64" />
        <source>In follow-up</source>
        <translation>随访中</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="65" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="162" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="567" />
        <source>Cancel</source>
        <extracomment>every timer and database thread the GUI made, so tests can prove none outlives them</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/views/welcome.py" line="43" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="592" />
        <source>Welcome to Tumorboard</source>
        <translation>欢迎使用 Tumorboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="43" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="582" />
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="49" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="578" />
        <source>In use now: {where}. Tumorboard starts again with the database you choose.</source>
        <translation>当前使用：{where}。Tumorboard 将使用您选择的数据库重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="51" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="590" />
        <source>There is no Tumorboard database on this computer yet. How would you like to start?</source>
        <translation>这台电脑上还没有 Tumorboard 数据库。您想如何开始？</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="57" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="573" />
        <source>Create a new database on this computer</source>
        <translation>在这台电脑上新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="60" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="593" />
        <source>Where the new database will be</source>
        <translation>新数据库的位置</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="61" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="569" />
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="63" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="581" />
        <source>Open an existing database file</source>
        <translation>打开现有数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="65" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="574" />
        <source>Database file to open</source>
        <translation>要打开的数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="66" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="596" />
        <source>…/tumorboard.sqlite</source>
        <translation>…/tumorboard.sqlite</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="67" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="568" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="69" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="572" />
        <source>Connect to the department server (several workstations share one board)</source>
        <translation>连接科室服务器（多台工作站共用一个会诊组）</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="71" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="587" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="77" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="588" />
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="78" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="594" />
        <source>password, if the server asks</source>
        <translation>密码（服务器要求时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="79" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="584" />
        <source>Remember the password in this computer's keyring</source>
        <translation>在本机密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="82" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="580" />
        <source>No keyring here: asked at each start</source>
        <translation>本机无密钥环：每次启动时询问</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="83" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="591" />
        <source>This computer has no keyring: the password is asked for at each start.</source>
        <translation>本机没有密钥环：每次启动时都会询问密码。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="85" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="576" />
        <source>Explore with demo data (invented patients, nothing is kept)</source>
        <translation>用演示数据体验（虚构患者，不保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="107" />
        <location filename="../../ui/views/welcome.py" line="109" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="577" />
        <source>Hospital name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="108" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="595" />
        <source>printed on handouts and minutes</source>
        <translation>打印在讲义和会议纪要上</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="117" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="589" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="126" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="579" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="127" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="586" />
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="133" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="583" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="134" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="585" />
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="156" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="570" />
        <source>Choose an existing database file to open.</source>
        <translation>请选择要打开的现有数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="158" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="575" />
        <source>Enter the server address, e.g. postgresql+psycopg://user@server/tumorboard</source>
        <translation>请输入服务器地址，例如 postgresql+psycopg://user@server/tumorboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="160" />
        <location filename="../../../../../tmp/tmp5rrirl0l/ui_strings.py" line="571" />
        <source>Choose where the new database will be.</source>
        <translation>请选择新数据库的位置。</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="1" />
        <source>Colorectal</source>
        <translation>结直肠</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="2" />
        <source>Gastric</source>
        <translation>胃</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="3" />
        <source>Small bowel</source>
        <translation>小肠</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="4" />
        <source>Oesophageal</source>
        <translation>食管</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="5" />
        <source>Pancreatic</source>
        <translation>胰腺</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="6" />
        <source>Biliary / gallbladder</source>
        <translation>胆道/胆囊</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="7" />
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="8" />
        <source>Breast</source>
        <translation>乳腺</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="9" />
        <source>Ovarian</source>
        <translation>卵巢</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="10" />
        <source>Neuroendocrine / carcinoid</source>
        <translation>神经内分泌/类癌</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="11" />
        <source>Kidney</source>
        <translation>肾</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="12" />
        <source>Uterine / cervical</source>
        <translation>子宫/宫颈</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="13" />
        <source>Urinary tract</source>
        <translation>泌尿道</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="14" />
        <source>Hepatocellular (primary liver)</source>
        <translation>肝细胞癌（原发性肝癌）</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="15" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="16" />
        <source>Unknown primary</source>
        <translation>原发不明</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="17" />
        <source>Confirmatory imaging (contrast CT / MRI)</source>
        <translation>确诊影像（增强 CT/MRI）</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="18" />
        <source>PET-CT</source>
        <translation>PET-CT</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="19" />
        <source>Biopsy</source>
        <translation>活检</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="20" />
        <source>Surveillance</source>
        <translation>监测</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="21" />
        <source>Resection of the primary</source>
        <translation>原发灶切除</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="22" />
        <source>Liver resection (hepatectomy)</source>
        <translation>肝切除术</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="23" />
        <source>Ablation (RFA / microwave / cryo)</source>
        <translation>消融（射频/微波/冷冻）</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="24" />
        <source>Ethanol injection</source>
        <translation>无水乙醇注射</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="25" />
        <source>Systemic chemotherapy</source>
        <translation>全身化疗</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="26" />
        <source>Immunotherapy</source>
        <translation>免疫治疗</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="27" />
        <source>Hepatic arterial therapy (TACE / HAI)</source>
        <translation>肝动脉治疗（TACE/HAI）</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="28" />
        <source>Radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="29" />
        <source>Somatostatin analogue</source>
        <translation>生长抑素类似物</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="30" />
        <source>Best supportive care</source>
        <translation>最佳支持治疗</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="31" />
        <source>Diagnostic</source>
        <translation>诊断性</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="32" />
        <source>Curative</source>
        <translation>根治性</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="33" />
        <source>Adjuvant</source>
        <translation>辅助性</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="34" />
        <source>Palliative</source>
        <translation>姑息性</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="35" />
        <source>Synchronous</source>
        <translation>同时性</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="36" />
        <source>Metachronous</source>
        <translation>异时性</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="37" />
        <source>Simultaneous (one operation)</source>
        <translation>同期（一次手术）</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="38" />
        <source>Staged</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="39" />
        <source>After the primary</source>
        <translation>原发灶之后</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="40" />
        <source>Liver ultrasound</source>
        <translation>肝脏超声</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="41" />
        <source>Contrast CT or MRI of the liver</source>
        <translation>肝脏增强 CT 或 MRI</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="42" />
        <source>CEA blood test</source>
        <translation>CEA 血液检查</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="43" />
        <source>Response imaging</source>
        <translation>疗效评估影像</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="44" />
        <source>Clinic review</source>
        <translation>门诊复诊</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="45" />
        <source>Ultrasound</source>
        <translation>超声</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="46" />
        <source>Contrast CT</source>
        <translation>增强 CT</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="47" />
        <source>MRI</source>
        <translation>MRI</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="48" />
        <source>Suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="49" />
        <source>Confirmed</source>
        <translation>已确诊</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="50" />
        <source>Resectable</source>
        <translation>可切除</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="51" />
        <source>Extensive</source>
        <translation>广泛</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="52" />
        <source>Response</source>
        <translation>缓解</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="53" />
        <source>Stable disease</source>
        <translation>疾病稳定</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="54" />
        <source>Progression</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="55" />
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="56" />
        <source>Moderate / severe</source>
        <translation>中度/重度</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="57" />
        <source>Grade 1-2</source>
        <translation>1-2 级</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="58" />
        <source>Grade 3-4</source>
        <translation>3-4 级</translation>
    </message>
    <message>
        <location filename="../../../../../tmp/tmp5rrirl0l/vocabulary_strings.py" line="59" />
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
</TS>