<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Rule set: not available</source>
        <translation>规则集：不可用</translation>
    </message>
    <message>
        <source>Rule set: {name} {version}</source>
        <translation>规则集：{name} {version}</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>决策规则</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>About Tumorboard</source>
        <translation>关于 Tumorboard</translation>
    </message>
    <message>
        <source>Decision support suggests; the board decides.</source>
        <translation>决策支持仅供参考；由会诊组作出决定。</translation>
    </message>
    <message>
        <source>Preparation, decision support, minutes and follow-up for a liver-metastasis tumor board.</source>
        <translation>肝转移多学科会诊的病例准备、决策支持、会议纪要与随访。</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>未准备好</translation>
    </message>
    <message>
        <source>Question: {q}</source>
        <translation>问题：{q}</translation>
    </message>
    <message>
        <source>Not ready for the board:</source>
        <translation>尚不能提交讨论：</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating demo cases…</source>
        <translation>正在创建演示病例…</translation>
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的数值</translation>
    </message>
    <message>
        <source>a number greater than {low}</source>
        <translation>大于 {low} 的数值</translation>
    </message>
    <message>
        <source>a number of at least {low}</source>
        <translation>不小于 {low} 的数值</translation>
    </message>
    <message>
        <source>Patient</source>
        <extracomment>"text": free text, `high` the most characters</extracomment>
        <translation>患者</translation>
    </message>
    <message>
        <source>Primary tumour</source>
        <translation>原发肿瘤</translation>
    </message>
    <message>
        <source>Liver lesions</source>
        <translation>肝脏病灶</translation>
    </message>
    <message>
        <source>Extrahepatic disease</source>
        <translation>肝外病变</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>一般状况</translation>
    </message>
    <message>
        <source>Liver function and markers</source>
        <translation>肝功能与肿瘤标志物</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <source>Pathology</source>
        <translation>病理</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>fact names: dark enough to read from the back of the room, lighter than the values</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>tick boxes of one fact per row: the nine liver segments in one row pushed the form wider than its pane</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>“{text}” is not {allowed}</source>
        <translation>“{text}”不是{allowed}</translation>
    </message>
    <message>
        <source>{text} is out of range: enter {allowed}</source>
        <translation>{text} 超出范围：请输入{allowed}</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>years</source>
        <translation>岁</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>原发部位</translation>
    </message>
    <message>
        <source>Primary diagnosed on</source>
        <translation>原发肿瘤确诊日期</translation>
    </message>
    <message>
        <source>Primary radically resected</source>
        <translation>原发灶已根治性切除</translation>
    </message>
    <message>
        <source>Primary resectable</source>
        <translation>原发灶可切除</translation>
    </message>
    <message>
        <source>Emergency primary surgery (e.g. obstruction)</source>
        <translation>原发灶急诊手术（如梗阻）</translation>
    </message>
    <message>
        <source>Disease-free interval</source>
        <translation>无病间期</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Liver metastases</source>
        <translation>肝转移</translation>
    </message>
    <message>
        <source>Liver metastases detected on</source>
        <translation>肝转移发现日期</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时相</translation>
    </message>
    <message>
        <source>Left unknown, it is derived from the two dates (within 6 months = synchronous).</source>
        <translation>留空时根据两个日期推算（6 个月内为同时性）。</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>影像/活检所见</translation>
    </message>
    <message>
        <source>The studies that showed the liver lesions. Ultrasound alone does not confirm them: contrast CT or MRI does (DX-1).</source>
        <translation>显示肝脏病灶的检查。仅有超声不能确诊：需增强 CT 或 MRI 确认（DX-1）。</translation>
    </message>
    <message>
        <source>Number of lesions</source>
        <translation>病灶数目</translation>
    </message>
    <message>
        <source>Largest lesion</source>
        <translation>最大病灶</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Segments with lesions</source>
        <translation>病灶所在肝段</translation>
    </message>
    <message>
        <source>Couinaud segments I-VIII; or bilobar.</source>
        <translation>Couinaud 肝段 I–VIII；或双叶。</translation>
    </message>
    <message>
        <source>Major vessels abutted or invaded</source>
        <translation>主要血管受累（紧贴或侵犯）</translation>
    </message>
    <message>
        <source>Lesion next to gallbladder or major bile duct</source>
        <translation>病灶邻近胆囊或大胆管</translation>
    </message>
    <message>
        <source>Liver disease resectable (surgeon)</source>
        <translation>肝脏病变可切除（外科判断）</translation>
    </message>
    <message>
        <source>Future liver remnant</source>
        <translation>剩余肝体积</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Recurrence after earlier liver resection</source>
        <translation>既往肝切除后复发</translation>
    </message>
    <message>
        <source>Disease outside the liver</source>
        <translation>肝外病变</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>ECOG 体能状态</translation>
    </message>
    <message>
        <source>0 fully active … 4 completely disabled</source>
        <translation>0 活动完全正常 … 4 完全丧失活动能力</translation>
    </message>
    <message>
        <source>Fit for major surgery</source>
        <translation>可耐受大手术</translation>
    </message>
    <message>
        <source>Patient accepts surgery</source>
        <translation>患者接受手术</translation>
    </message>
    <message>
        <source>Prior systemic therapy</source>
        <translation>既往全身治疗</translation>
    </message>
    <message>
        <source>Response to systemic therapy</source>
        <translation>全身治疗疗效</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>胆红素</translation>
    </message>
    <message>
        <source>µmol/L</source>
        <translation>µmol/L</translation>
    </message>
    <message>
        <source>Unusual in µmol/L: a value in mg/dL is multiplied by 17.1. Check the unit.</source>
        <translation>以 µmol/L 计不常见：mg/dL 的数值需乘以 17.1。请核对单位。</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>白蛋白</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>Unusual in g/L: a value in g/dL is multiplied by 10. Check the unit.</source>
        <translation>以 g/L 计不常见：g/dL 的数值需乘以 10。请核对单位。</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>Unusual for an INR. Check the value.</source>
        <translation>INR 数值不常见，请核对。</translation>
    </message>
    <message>
        <source>Ascites</source>
        <translation>腹水</translation>
    </message>
    <message>
        <source>Encephalopathy</source>
        <translation>肝性脑病</translation>
    </message>
    <message>
        <source>Cirrhosis</source>
        <translation>肝硬化</translation>
    </message>
    <message>
        <source>Hepatitis B or C positive</source>
        <translation>乙肝或丙肝阳性</translation>
    </message>
    <message>
        <source>AFP</source>
        <translation>AFP</translation>
    </message>
    <message>
        <source>ng/mL</source>
        <translation>ng/mL</translation>
    </message>
    <message>
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <source>Primary lymph-node positive</source>
        <translation>原发灶淋巴结阳性</translation>
    </message>
    <message>
        <source>Histology</source>
        <translation>组织学类型</translation>
    </message>
    <message>
        <source>RAS (KRAS/NRAS)</source>
        <translation>RAS（KRAS/NRAS）</translation>
    </message>
    <message>
        <source>BRAF</source>
        <translation>BRAF</translation>
    </message>
    <message>
        <source>Microsatellite status</source>
        <translation>微卫星状态</translation>
    </message>
    <message>
        <source>Comorbidities</source>
        <translation>合并症</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>MRN</source>
        <extracomment>a row shown: the service's, or (the first window, until the service's replace them) the first glance's (attribute, header, sort key in CaseQuery or None)</extracomment>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Age (born)</source>
        <translation>年龄（出生日期）</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>原发部位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Search by MRN or name (any script)…</source>
        <translation>按病历号或姓名搜索…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索病例</translation>
    </message>
    <message>
        <source>Filter by primary site</source>
        <translation>按原发部位筛选</translation>
    </message>
    <message>
        <source>All primary sites</source>
        <translation>所有原发部位</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Filter by readiness</source>
        <translation>按准备情况筛选</translation>
    </message>
    <message>
        <source>Ready: the checklist is complete today (confirmed CT/MRI and liver function within their age limits, ECOG, liver remnant when needed)</source>
        <translation>已准备好：今日清单完整（CT/MRI 确诊与肝功能均在有效期内，ECOG，需要时有剩余肝体积）</translation>
    </message>
    <message>
        <source>Any readiness</source>
        <translation>任意准备情况</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已准备好</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未准备好</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>病例列表</translation>
    </message>
    <message>
        <source>Showing the first %n case(s); counting the rest…</source>
        <translation>显示前 %n 个病例；正在统计其余病例…</translation>
    </message>
    <message>
        <source>%n case(s)</source>
        <translation>%n 个病例</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的病例。</translation>
    </message>
    <message>
        <source>No cases yet. Start with “New case”.</source>
        <translation>还没有病例。请点击“新建病例”开始。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Tumorboard: unexpected error</source>
        <translation>Tumorboard：意外错误</translation>
    </message>
    <message>
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
        <source>today ({day})</source>
        <extracomment>what a limit may be: a fixed day, or a function asked at the time of checking (today, another field)</extracomment>
        <translation>今天（{day}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Choose {name} in a calendar</source>
        <translation>在日历中选择{name}</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>日历（Alt+下箭头）</translation>
    </message>
    <message>
        <source>Type YYYY-MM-DD (or {example})</source>
        <translation>输入 YYYY-MM-DD（或 {example}）</translation>
    </message>
    <message>
        <source>; YYYY-MM when only the month is known</source>
        <translation>；只知道月份时输入 YYYY-MM</translation>
    </message>
    <message>
        <source>; leave empty when unknown</source>
        <translation>；未知时留空</translation>
    </message>
    <message>
        <source>{name} is required: enter a date as YYYY-MM-DD</source>
        <translation>{name}为必填项：请按 YYYY-MM-DD 输入日期</translation>
    </message>
    <message>
        <source>“{text}” is not a date: enter {name} as YYYY-MM-DD</source>
        <translation>“{text}”不是日期：请按 YYYY-MM-DD 输入{name}</translation>
    </message>
    <message>
        <source>{name} cannot be after {limit} (entered: {value})</source>
        <translation>{name}不能晚于{limit}（输入的是：{value}）</translation>
    </message>
    <message>
        <source>{name} cannot be before {limit} (entered: {value})</source>
        <translation>{name}不能早于{limit}（输入的是：{value}）</translation>
    </message>
    <message>
        <source>{name}: {value} is before 1900</source>
        <translation>{name}：{value} 早于 1900 年</translation>
    </message>
    <message>
        <source>Month only: counted as {day}</source>
        <translation>只有月份：按 {day} 计算</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Correct the marked fields to see the options: {f}</source>
        <translation>请更正标出的字段以查看治疗方案：{f}</translation>
    </message>
    <message>
        <source>Tier {n}</source>
        <translation>第{n}级</translation>
    </message>
    <message>
        <source>provisional</source>
        <extracomment>follow-up visits shown in the panel (the schedule itself is made from the board's decision)</extracomment>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Rules: {ids}</source>
        <translation>规则：{ids}</translation>
    </message>
    <message>
        <source>Sources ({n})</source>
        <translation>出处（{n}）</translation>
    </message>
    <message>
        <source>Show sources for {m}</source>
        <translation>显示{m}的出处</translation>
    </message>
    <message>
        <source>Decision support</source>
        <translation>决策支持</translation>
    </message>
    <message>
        <source>Enter the case facts to see the options.</source>
        <extracomment>the problems of the last facts refused by the core (e.g. two facts that contradict each other)</extracomment>
        <translation>请输入病例资料以查看治疗方案。</translation>
    </message>
    <message>
        <source>Choose the primary site to see the options.</source>
        <translation>请选择原发部位以查看治疗方案。</translation>
    </message>
    <message>
        <source>The decision support could not evaluate this case: {e}</source>
        <translation>决策支持无法评估此病例：{e}</translation>
    </message>
    <message>
        <source>Rule set {name} {version}</source>
        <translation>规则集 {name} {version}</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>治疗方案</translation>
    </message>
    <message>
        <source>No option can be recommended from these facts.</source>
        <translation>根据现有资料无法推荐治疗方案。</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Follow-up if the board accepts tier 1</source>
        <translation>若会诊组采纳第 1 级方案的随访</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>缺失数据</translation>
    </message>
    <message>
        <source>Provisional: only if the board confirms a provisional first choice.</source>
        <translation>暂定：仅当会诊组确认暂定的首选方案时适用。</translation>
    </message>
    <message>
        <source>Child-Pugh</source>
        <translation>Child-Pugh</translation>
    </message>
    <message>
        <source>class {c} ({p} points)</source>
        <translation>{c} 级（{p} 分）</translation>
    </message>
    <message>
        <source>ALBI</source>
        <translation>ALBI</translation>
    </message>
    <message>
        <source>grade {g} ({v:.2f})</source>
        <translation>{g} 级（{v:.2f}）</translation>
    </message>
    <message>
        <source>Fong clinical risk score</source>
        <translation>Fong 临床风险评分</translation>
    </message>
    <message>
        <source>{p} of {of}</source>
        <translation>{p}/{of}</translation>
    </message>
    <message>
        <source>{p}–{most} of {of} ({unknown} unknown)</source>
        <translation>{p}–{most}/{of}（{unknown}未知）</translation>
    </message>
    <message>
        <source>Tumour burden score</source>
        <translation>肿瘤负荷评分</translation>
    </message>
    <message>
        <source>colorectal primaries only</source>
        <translation>仅适用于结直肠原发</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>资料不足</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>另有 {n} 项</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Edit case</source>
        <translation>编辑病例</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Mark ready for the board</source>
        <translation>标记为可提交讨论</translation>
    </message>
    <message>
        <source>Print case summary</source>
        <translation>打印病例摘要</translation>
    </message>
    <message>
        <source>Print follow-up schedule</source>
        <translation>打印随访计划</translation>
    </message>
    <message>
        <source>Print follow-up schedule in Chinese (中文)</source>
        <translation>打印中文随访计划</translation>
    </message>
    <message>
        <source>Print follow-up schedule in English</source>
        <translation>打印英文随访计划</translation>
    </message>
    <message>
        <source>Export calendar (.ics)</source>
        <translation>导出日历（.ics）</translation>
    </message>
    <message>
        <source>The open follow-ups as calendar events (no patient names)</source>
        <translation>将未完成的随访导出为日历事件（不含患者姓名）</translation>
    </message>
    <message>
        <source>Export FHIR (.json)</source>
        <translation>导出 FHIR（.json）</translation>
    </message>
    <message>
        <source>The case as a FHIR R4 / mCODE bundle for another board or the hospital's record</source>
        <translation>将病例导出为 FHIR R4 / mCODE 包，供其他会诊或医院病历使用</translation>
    </message>
    <message>
        <source>Letter to referrer…</source>
        <translation>致转诊医生的信…</translation>
    </message>
    <message>
        <source>The latest decision as a letter to the referring doctor and the GP</source>
        <translation>将最新决定写成致转诊医生和家庭医生的信</translation>
    </message>
    <message>
        <source>CEA and lesion size chart</source>
        <translation>CEA 与病灶大小图表</translation>
    </message>
    <message>
        <source>CEA results and the largest liver lesion over time</source>
        <translation>CEA 结果与最大肝脏病灶随时间的变化</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>病例标题</translation>
    </message>
    <message>
        <source>e.g. Synchronous colorectal liver metastases</source>
        <translation>例如：同时性结直肠癌肝转移</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <source>Name, service, address: the letter is addressed here</source>
        <translation>姓名、科室、地址：信件寄往此处</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>家庭医生</translation>
    </message>
    <message>
        <source>The patient's GP: a copy of the letter</source>
        <translation>患者的家庭医生：抄送信件副本</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>the primary diagnosis ({day})</source>
        <translation>原发肿瘤诊断日期（{day}）</translation>
    </message>
    <message>
        <source>the date of birth ({day})</source>
        <translation>出生日期（{day}）</translation>
    </message>
    <message>
        <source>checklist not complete</source>
        <translation>清单未完成</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所见</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Study modality</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Study findings</source>
        <translation>检查所见</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <extracomment>an imaging study or a lab result a record action on the database thread: one service call answering with the case as it now is</extracomment>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Required: the board has discussed this case</source>
        <translation>必填：会诊组已讨论过此病例</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason: the board has discussed this case; say why it is corrected.</source>
        <translation>原因：会诊组已讨论过此病例，请说明更正原因。</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>删除 {what}</translation>
    </message>
    <message>
        <source>Remove {what} from this case?</source>
        <translation>从本病例中删除 {what}？</translation>
    </message>
    <message>
        <source>Removed {what}.</source>
        <translation>已删除 {what}。</translation>
    </message>
    <message>
        <source>The correction was undone.</source>
        <translation>已撤销更正。</translation>
    </message>
    <message>
        <source>Add study</source>
        <translation>添加检查</translation>
    </message>
    <message>
        <source>Choose the modality…</source>
        <translation>选择检查方式…</translation>
    </message>
    <message>
        <source>Study modality: choose CT, MRI, … from the list.</source>
        <translation>检查方式：请从列表中选择 CT、MRI 等。</translation>
    </message>
    <message>
        <source>Correct {what}</source>
        <translation>更正 {what}</translation>
    </message>
    <message>
        <source>Undo of the correction: {reason}</source>
        <translation>撤销更正：{reason}</translation>
    </message>
    <message>
        <source>Corrected {what}.</source>
        <translation>已更正 {what}。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Laboratory results</source>
        <translation>化验结果</translation>
    </message>
    <message>
        <source>Choose the test…</source>
        <translation>选择检验项目…</translation>
    </message>
    <message>
        <source>Laboratory test: choose the test from the list.</source>
        <translation>检验项目：请从列表中选择。</translation>
    </message>
    <message>
        <source>Date the sample was taken</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Laboratory test</source>
        <translation>化验项目</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Laboratory value</source>
        <translation>化验数值</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>添加结果</translation>
    </message>
    <message>
        <source>Dated results (the readiness check needs recent ones)</source>
        <translation>带日期的结果（准备清单需要近期结果）</translation>
    </message>
    <message>
        <source>Pathology and notes</source>
        <translation>病理与备注</translation>
    </message>
    <message>
        <source>Histology, molecular markers (RAS/BRAF, MSI), other notes</source>
        <translation>组织学、分子标志物（RAS/BRAF、MSI）及其他备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Decision support</source>
        <translation>决策支持</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <source>Case: {name}</source>
        <translation>病例：{name}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Laboratory value: “{t}” is not a number.</source>
        <translation>化验数值：“{t}”不是数字。</translation>
    </message>
    <message>
        <source>Laboratory value: must be zero or more.</source>
        <translation>化验数值：不能小于零。</translation>
    </message>
    <message>
        <source>The MRN is required (letters and digits, up to 40).</source>
        <translation>必须填写病历号（字母和数字，最多 40 个字符）。</translation>
    </message>
    <message>
        <source>The patient's name is required.</source>
        <translation>必须填写患者姓名。</translation>
    </message>
    <message>
        <source>Not saved. Please correct the marked fields:</source>
        <translation>未保存。请更正标出的字段：</translation>
    </message>
    <message>
        <source>{value} is not allowed: {allowed}</source>
        <translation>不允许 {value}：{allowed}</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <source>{field}: at most {max} characters (now {n}); shorten the address</source>
        <translation>{field}：最多 {max} 个字符（现为 {n} 个）；请缩短地址</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>请先保存</translation>
    </message>
    <message>
        <source>Save the case before marking it ready.</source>
        <translation>标记为可提交讨论前请先保存病例。</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>尚未准备好</translation>
    </message>
    <message>
        <source>The checklist is not complete:</source>
        <translation>准备清单尚未完成：</translation>
    </message>
    <message>
        <source>Mark it ready anyway? It will be flagged on the agenda.</source>
        <translation>仍然标记为可提交讨论吗？它将在议程上被标出。</translation>
    </message>
    <message>
        <source>Save the case before writing the letter: it is addressed to the referring clinician and the GP as saved.</source>
        <translation>写信前请先保存病例：信件按已保存的转诊医生和家庭医生寄送。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation>此病例有未保存的更改。关闭前保存吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk holding the database is full. Nothing was saved, and what you typed is still on screen. Free some space (or ask IT), then save again.</source>
        <translation>数据库所在磁盘已满。未保存任何内容，您输入的内容仍在屏幕上。请释放空间（或联系信息科）后再保存。</translation>
    </message>
    <message>
        <source>The database is busy: another program or workstation is writing to it. Nothing was saved, and what you typed is still on screen. Wait a moment and save again.</source>
        <translation>数据库正忙：另一个程序或工作站正在写入。未保存任何内容，您输入的内容仍在屏幕上。请稍候再保存。</translation>
    </message>
    <message>
        <source>The database file is read-only for your user account. Nothing was saved. Ask IT to give you write access, or open another database.</source>
        <translation>您的账户对数据库文件只有只读权限。未保存任何内容。请联系信息科开通写入权限，或打开其他数据库。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder still exists and that you may write to it.</source>
        <translation>无法打开数据库文件。请检查文件夹是否存在以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection; nothing was saved and what you typed is still on screen.</source>
        <translation>无法连接数据库服务器。请检查网络连接；未保存任何内容，您输入的内容仍在屏幕上。</translation>
    </message>
    <message>
        <source>• {field}: {value} is not allowed — {allowed}</source>
        <translation>• {field}：不允许 {value} — {allowed}</translation>
    </message>
    <message>
        <source>Please check the entries</source>
        <translation>请检查输入内容</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存任何内容。请更正：</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>您的角色不允许此操作</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been removed on another workstation).</source>
        <translation>此记录已不存在（可能已在其他工作站上删除）。</translation>
    </message>
    <message>
        <source>Database from a newer version</source>
        <translation>数据库来自更新版本</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tumorboard and was not changed. Please install the newer version.</source>
        <translation>此数据库由更新版本的 Tumorboard 写入，未作任何更改。请安装新版本。</translation>
    </message>
    <message>
        <source>Network drive not supported</source>
        <translation>不支持网络驱动器</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <source>The file could not be read or written: {error}</source>
        <translation>无法读取或写入文件：{error}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your input is still on screen. The details were written to the log file.</source>
        <translation>程序遇到意外问题。您输入的内容仍在屏幕上。详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <extracomment>the operating system's reasons in the window's language (its own text is English whatever the language)</extracomment>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>your account may not use it (permission denied)</source>
        <translation>您的账户无权使用它（权限被拒绝）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>路径中的某一部分是文件，不是文件夹</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>它已存在</translation>
    </message>
</context>
<context>
    <name>Fhir</name>
    <message>
        <source>Import FHIR bundle</source>
        <translation>导入 FHIR 包</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>{0} case(s) imported: {1} new patient(s), {2} matched by MRN, {3} decision(s), {4} follow-up(s).</source>
        <translation>已导入 {0} 个病例：{1} 位新患者，{2} 位按病历号匹配，{3} 项决定，{4} 项随访。</translation>
    </message>
    <message>
        <source>Not mapped ({0}):</source>
        <translation>未能对应（{0}）：</translation>
    </message>
    <message>
        <source>Everything in the file was mapped.</source>
        <translation>文件中的全部内容均已对应。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>MRN</source>
        <extracomment>the codes the vocabulary has labels for (a refused value that is one is shown by its label) fields outside the case facts that the services name in a refusal, by their labels on screen</extracomment>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>病例标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Referring clinician</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>家庭医生</translation>
    </message>
    <message>
        <source>Date the sample was taken</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason for deviating</source>
        <translation>偏离理由</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>治疗目的</translation>
    </message>
    <message>
        <source>Treatment date</source>
        <translation>治疗日期</translation>
    </message>
    <message>
        <source>Treatment given on</source>
        <translation>治疗完成日期</translation>
    </message>
    <message>
        <source>Inform patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <source>Inform referrer by</source>
        <translation>告知转诊医生期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Book again for</source>
        <translation>重新预约日期</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>到期起始</translation>
    </message>
    <message>
        <source>Due to</source>
        <translation>到期截止</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Agenda order</source>
        <translation>议程顺序</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Minutes for the case</source>
        <translation>病例讨论时长（分钟）</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Who follows it up</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>A clinical trial was considered</source>
        <translation>已考虑临床试验</translation>
    </message>
    <message>
        <source>Recorded before the meeting</source>
        <translation>在会议前记录</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Hospital name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Invitations from</source>
        <translation>邀请发件人</translation>
    </message>
    <message>
        <source>Core specialties</source>
        <translation>核心专科</translation>
    </message>
    <message>
        <source>Parameter file</source>
        <translation>参数文件</translation>
    </message>
    <message>
        <source>Contact for patients</source>
        <translation>患者联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>日期顺序</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>病例数</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Who informs</source>
        <translation>告知人</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Board figures</source>
        <translation>会诊统计</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>会议起始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Cases and minutes per meeting</source>
        <translation>每次会议的病例数与时长（分钟）</translation>
    </message>
    <message>
        <source>Why decisions deviated from the tier-1 recommendation</source>
        <translation>决定偏离第 1 级建议的原因</translation>
    </message>
    <message>
        <source>Attendance by specialty</source>
        <translation>按专科统计的出席情况</translation>
    </message>
    <message>
        <source>Why cases were deferred</source>
        <translation>病例推迟的原因</translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>未记录出席情况。</translation>
    </message>
    <message>
        <source>{n} meetings · computed in {ms} ms</source>
        <translation>{n} 次会议 · 用时 {ms} 毫秒</translation>
    </message>
    <message>
        <source>CEA and lesion size: {0}</source>
        <translation>CEA 与病灶大小：{0}</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Follow-up done</source>
        <translation>随访已完成</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Choose the result…</source>
        <translation>请选择结果…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Book again for</source>
        <translation>重新预约日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>“New lesion” or “progression” puts the case back on the board's ready list.</source>
        <translation>“新病灶”或“进展”会将病例重新列入待讨论名单。</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>(header, sort key in FollowUpQuery or None)</extracomment>
        <translation>到期</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>原发部位</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Who informs</source>
        <translation>告知人</translation>
    </message>
    <message>
        <source>Inform patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>Inform referrer by</source>
        <translation>告知转诊医生期限</translation>
    </message>
    <message>
        <source>Decisions not yet communicated</source>
        <translation>尚未告知的决定</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Every decision has been communicated to the patient and the referring doctor.</source>
        <translation>所有决定均已告知患者和转诊医生。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Change or cancel the follow-up</source>
        <translation>更改或取消随访</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Move it or change the test</source>
        <translation>改期或更改检查项目</translation>
    </message>
    <message>
        <source>Cancel it (it leaves the worklist)</source>
        <translation>取消（从工作清单中移除）</translation>
    </message>
    <message>
        <source>New due day</source>
        <translation>新的到期日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why the plan changes (kept in the audit trail)</source>
        <translation>计划变更的原因（记入审计记录）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Open (all dates)</source>
        <extracomment>the "Show" choices: (label, status filter, overdue only, due within the due window)</extracomment>
        <translation>未完成（全部日期）</translation>
    </message>
    <message>
        <source>Due soon (and overdue)</source>
        <translation>即将到期（含逾期）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Every follow-up</source>
        <translation>全部随访</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>This column does not sort</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Counted from the meeting: no treatment date was known. It moves when the treatment date is entered.</source>
        <translation>按会诊日期计算：尚无治疗日期。录入治疗日期后会随之调整。</translation>
    </message>
    <message>
        <source>Search by MRN or name (any script)…</source>
        <translation>按病历号或姓名搜索…</translation>
    </message>
    <message>
        <source>Search follow-ups by MRN or name</source>
        <translation>按病历号或姓名搜索随访</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All primary sites</source>
        <translation>所有原发部位</translation>
    </message>
    <message>
        <source>All tests</source>
        <translation>所有检查</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>到期起始</translation>
    </message>
    <message>
        <source>Due to</source>
        <translation>到期截止</translation>
    </message>
    <message>
        <source>due from</source>
        <translation>到期起始</translation>
    </message>
    <message>
        <source>due to</source>
        <translation>到期截止</translation>
    </message>
    <message>
        <source>Responsible…</source>
        <translation>负责人…</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>No follow-up matches these filters. Clear the filters to see every open follow-up.</source>
        <translation>没有符合筛选条件的随访。清除筛选可查看全部未完成随访。</translation>
    </message>
    <message>
        <source>Not yet communicated</source>
        <translation>尚未告知</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <source>Change or cancel…</source>
        <translation>更改或取消…</translation>
    </message>
    <message>
        <source>Move a planned follow-up to another day or test, or cancel it, with a reason</source>
        <translation>将计划中的随访改到其他日期或检查项目，或取消，并说明原因</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开病例</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <source>The list as filtered and sorted, as a PDF to print</source>
        <translation>按当前筛选和排序的列表，生成 PDF 打印</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Every follow-up of the filtered list, for a spreadsheet</source>
        <translation>筛选后的全部随访，供电子表格使用</translation>
    </message>
    <message>
        <source>Patient informed</source>
        <translation>已告知患者</translation>
    </message>
    <message>
        <source>Referring doctor informed</source>
        <translation>已告知转诊医生</translation>
    </message>
    <message>
        <source>“Due to” is before “due from”.</source>
        <translation>“到期截止”早于“到期起始”。</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>第 {first}–{last} 条，共 {total} 条</translation>
    </message>
    <message>
        <source>Follow-ups ({n})</source>
        <translation>随访（{n}）</translation>
    </message>
    <message>
        <source>Not yet communicated ({n}, {late} overdue)</source>
        <translation>尚未告知（{n}，{late} 项逾期）</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>转诊医生</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未告知任何人</translation>
    </message>
    <message>
        <source>Past this date and not yet told</source>
        <translation>已过期限，尚未告知</translation>
    </message>
    <message>
        <source>Select a row first: then Open case opens its case.</source>
        <translation>请先选择一行，再用“打开病例”。</translation>
    </message>
    <message>
        <source>Select a follow-up in the list first: then Mark done… records its result.</source>
        <translation>请先在列表中选择一项随访，然后用“标记完成…”记录结果。</translation>
    </message>
    <message>
        <source>This follow-up is already closed ({status}).</source>
        <translation>此随访已关闭（{status}）。</translation>
    </message>
    <message>
        <source>Select a follow-up in the list first: then Change or cancel… changes it.</source>
        <translation>请先在列表中选择一项随访，然后用“更改或取消…”进行更改。</translation>
    </message>
    <message>
        <source>Select a decision in the list first.</source>
        <translation>请先在列表中选择一项决定。</translation>
    </message>
    <message>
        <source>Not yet communicated ({n})</source>
        <translation>尚未告知（{n}）</translation>
    </message>
    <message>
        <source>as of {d}</source>
        <translation>截至 {d}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Work-up in progress: facts or results are still missing.</source>
        <translation>检查进行中：仍缺少资料或结果。</translation>
    </message>
    <message>
        <source>Complete: waiting to be put on a meeting's agenda.</source>
        <translation>资料完整：等待列入会议议程。</translation>
    </message>
    <message>
        <source>On a meeting's agenda (see Meetings).</source>
        <translation>已列入会议议程（见“会议”）。</translation>
    </message>
    <message>
        <source>The board has decided (see Decisions); no follow-up is planned.</source>
        <translation>会诊组已作出决定（见“决定”）；未安排随访。</translation>
    </message>
    <message>
        <source>The board has decided; follow-ups are planned (see Follow-ups).</source>
        <translation>会诊组已作出决定；已安排随访（见“随访”）。</translation>
    </message>
    <message>
        <source>Closed: nothing further is planned.</source>
        <translation>已关闭：无后续安排。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Lab result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>Imaging study</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状态已变更</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>re-dated</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>treatment given</source>
        <translation>治疗已完成</translation>
    </message>
    <message>
        <source>follow-ups planned</source>
        <translation>已安排随访</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>told</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>columns not worth a line in the history</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{n} from {start}</source>
        <translation>{n} 项，自 {start} 起</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>reason: {r}</source>
        <translation>原因：{r}</translation>
    </message>
    <message>
        <source>Treatment given</source>
        <translation>治疗已完成</translation>
    </message>
    <message>
        <source>{what}: the day it was given. The open follow-ups are counted from it.</source>
        <translation>{what}：实际治疗日期。未完成的随访将从该日起计算。</translation>
    </message>
    <message>
        <source>Treatment given on</source>
        <translation>治疗完成日期</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>病例历史</translation>
    </message>
    <message>
        <source>not yet discussed</source>
        <translation>尚未讨论</translation>
    </message>
    <message>
        <source>Deviates from the tier-1 options: {r}</source>
        <translation>偏离一级方案：{r}</translation>
    </message>
    <message>
        <source>Recorded by {who} on {when}</source>
        <translation>由 {who} 于 {when} 记录</translation>
    </message>
    <message>
        <source>Amended by {who}: {r}</source>
        <translation>由 {who} 修改：{r}</translation>
    </message>
    <message>
        <source>not yet told</source>
        <translation>尚未告知</translation>
    </message>
    <message>
        <source>{who} informs the patient by {p} ({tp}) and the referring doctor by {r} ({tr})</source>
        <translation>{who} 于 {p} 前告知患者（{tp}），于 {r} 前告知转诊医生（{tr}）</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Treatment given on {d}</source>
        <translation>治疗已于 {d} 完成</translation>
    </message>
    <message>
        <source>Treatment planned for {d}</source>
        <translation>治疗计划于 {d}</translation>
    </message>
    <message>
        <source>No treatment date yet: the follow-ups count from the meeting (provisional).</source>
        <translation>尚无治疗日期：随访按会诊日期计算（暂定）。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Treatment given on {day}: {n} open follow-up(s) re-dated by {shift} day(s); the next is now due {first}.</source>
        <translation>治疗已于 {day} 完成：{n} 项未完成随访已调整 {shift} 天；下一项现于 {first} 到期。</translation>
    </message>
    <message>
        <source>Treatment given on {day}: the follow-up dates did not need to change.</source>
        <translation>治疗已于 {day} 完成：随访日期无需调整。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>尚无决定。</translation>
    </message>
    <message>
        <source>No follow-ups planned.</source>
        <translation>未安排随访。</translation>
    </message>
    <message>
        <source>Not on any meeting yet.</source>
        <translation>尚未列入任何会议。</translation>
    </message>
    <message>
        <source>Treatment given on…</source>
        <translation>治疗完成日期…</translation>
    </message>
    <message>
        <source>no question written</source>
        <translation>未填写问题</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <source>Bilirubin</source>
        <extracomment>laboratory tests as clinicians write them (QT_TRANSLATE_NOOP: listed for the translator)</extracomment>
        <translation>胆红素</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>白蛋白</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <source>AFP</source>
        <translation>AFP</translation>
    </message>
    <message>
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>血小板</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Letter to the referrer</source>
        <translation>致转诊医生的信</translation>
    </message>
    <message>
        <source>Record that the letter was sent: the referring doctor is informed as of today?</source>
        <translation>记录信件已寄出：转诊医生自今天起视为已告知？</translation>
    </message>
    <message>
        <source>The letter has no addressee: the case's “Referring clinician” and “GP” are both empty.

Enter at least one in the case window (under Case title) and save; then write the letter again.</source>
        <translation>信件没有收件人：病例的“转诊医生”和“家庭医生”均为空。

请在病例窗口（病例标题下方）至少填写一项并保存，然后重新写信。</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Reload</source>
        <extracomment>how long one wait for changes lasts (seconds): also how long stopping the watcher can take which of the context's notices each audited entity means</extracomment>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Show the saved case; your unsaved changes are dropped</source>
        <translation>显示已保存的病例；您未保存的更改将被丢弃</translation>
    </message>
    <message>
        <source>Go on; saving will be refused until you reload</source>
        <translation>继续；重新载入之前将无法保存</translation>
    </message>
    <message>
        <source>This case was changed by {name} at {time} on another workstation.</source>
        <translation>此病例已由 {name} 于 {time} 在另一工作站修改。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tumorboard</source>
        <translation>Tumorboard</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Board figures</source>
        <translation>会诊统计</translation>
    </message>
    <message>
        <source>Database: {where} — DAMAGED, nothing more is saved</source>
        <translation>数据库：{where} — 已损坏，不再保存任何内容</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <extracomment>what was asked for before the Workspace was open, done (in order) once it is</extracomment>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>{who} ({role})</source>
        <translation>{who}（{role}）</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建病例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Open as P&amp;DF</source>
        <translation>以 PDF 打开(&amp;D)</translation>
    </message>
    <message>
        <source>Import &amp;referrals…</source>
        <translation>导入转诊名单(&amp;R)…</translation>
    </message>
    <message>
        <source>Import FHIR &amp;bundle…</source>
        <translation>导入 FHIR 包(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export the meeting as FHIR…</source>
        <translation>将会议导出为 FHIR(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>查找病例(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen (meeting room)</source>
        <translation>全屏（会议室）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>讨论(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>下一例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>上一例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Tumorboard</source>
        <translation>关于 Tumorboard(&amp;A)</translation>
    </message>
    <message>
        <source>Export the meeting as FHIR</source>
        <translation>将会议导出为 FHIR</translation>
    </message>
    <message>
        <source>Choose a meeting with cases on its agenda on the Meetings page first.</source>
        <translation>请先在“会议”页面选择一个议程中有病例的会议。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Open a case, a meeting or the review to print it.</source>
        <translation>请先打开病例、会议或讨论页面再打印。</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <comment>a Qt date format: the translation may reorder it</comment>
        <extracomment>weekday and month names follow the program's language, not the workstation's locale. English names come from the C locale: three letters for every month (en_GB's CLDR data writes "Sept" beside "Oct"). the translators install_translators() put in, so reset_language() can take them out again</extracomment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>e.g. Conference room 3B</source>
        <translation>例如：3B 会议室</translation>
    </message>
    <message>
        <source>Liver metastasis board</source>
        <translation>肝转移多学科会诊</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title: enter the board's name, e.g. Liver metastasis board.</source>
        <translation>标题：请输入会诊名称，例如“肝转移会诊”。</translation>
    </message>
    <message>
        <source>Place: enter where the board meets, e.g. Conference room 3B.</source>
        <translation>地点：请输入会诊地点，例如“3B 会议室”。</translation>
    </message>
    <message>
        <source>Add ready cases</source>
        <translation>添加已准备好的病例</translation>
    </message>
    <message>
        <source>Cases marked ready for the board. Tick the ones to discuss; the agenda flags any whose checklist is not complete.</source>
        <translation>已标记为待讨论的病例。请勾选要讨论的病例；准备清单未完成的病例会在议程中标出。</translation>
    </message>
    <message>
        <source>Ready cases</source>
        <translation>已准备好的病例</translation>
    </message>
    <message>
        <source>No case is ready for the board at the moment.</source>
        <translation>目前没有可提交讨论的病例。</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>加入议程</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>Choose or create a meeting.</source>
        <translation>请选择或新建会议。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>No cases on this agenda yet. “Add ready cases…” lists the cases marked ready for the board.</source>
        <translation>议程上还没有病例。“添加待讨论病例…”会列出已标记为待讨论的病例。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Question for the board</source>
        <translation>提交会诊的问题</translation>
    </message>
    <message>
        <source>The question for the board about the selected case</source>
        <translation>所选病例提交会诊的问题</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes planned for the selected case</source>
        <translation>所选病例计划讨论的分钟数</translation>
    </message>
    <message>
        <source>Add ready cases…</source>
        <translation>添加已准备好的病例…</translation>
    </message>
    <message>
        <source>Remove from agenda</source>
        <translation>从议程中移除</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始讨论</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>打印会议纪要</translation>
    </message>
    <message>
        <source>Export invitation (.ics)</source>
        <translation>导出会议邀请（.ics）</translation>
    </message>
    <message>
        <source>A calendar invitation with the agenda (cases by number, no names)</source>
        <translation>含议程的日历邀请（仅病例编号，不含姓名）</translation>
    </message>
    <message>
        <source>Export FHIR (.json)</source>
        <translation>导出 FHIR（.json）</translation>
    </message>
    <message>
        <source>Every case on the agenda as a FHIR R4 / mCODE bundle (patients, decisions, follow-ups) for the hospital's record</source>
        <translation>将议程上的全部病例导出为 FHIR R4 / mCODE 包（患者、决定、随访），供医院病历使用</translation>
    </message>
    <message>
        <source>Finalise meeting</source>
        <translation>会议定稿</translation>
    </message>
    <message>
        <source>Agenda (drag, or Ctrl+Up / Ctrl+Down, to reorder)</source>
        <translation>议程（拖动或按 Ctrl+上/下 调整顺序）</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Attendee name</source>
        <translation>出席者姓名</translation>
    </message>
    <message>
        <source>Attendee role</source>
        <translation>出席者角色</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>保存出席情况</translation>
    </message>
    <message>
        <source>Attendance and quorum</source>
        <translation>出席与法定人数</translation>
    </message>
    <message>
        <source>nursing</source>
        <translation>护理</translation>
    </message>
    <message>
        <source>pathology</source>
        <translation>病理科</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>%n case(s) not ready</source>
        <translation>%n 个病例未准备好</translation>
    </message>
    <message>
        <source>The quorum was not met (missing: {roles}). The minutes will say so. Finalise anyway?</source>
        <translation>未达到法定人数（缺少：{roles}）。会议纪要将注明此点。仍要定稿吗？</translation>
    </message>
    <message>
        <source>Select a case on the agenda to write its question</source>
        <translation>请先在议程中选择病例，再填写问题</translation>
    </message>
    <message>
        <source>{name} present</source>
        <translation>{name} 出席</translation>
    </message>
    <message>
        <source>Quorum expected (confirm attendance on the day)</source>
        <translation>预计达到法定人数（当天确认出席）</translation>
    </message>
    <message>
        <source>No quorum expected</source>
        <translation>预计未达到法定人数</translation>
    </message>
    <message>
        <source>missing: {roles}</source>
        <translation>缺少：{roles}</translation>
    </message>
    <message>
        <source>Attendance changed: not saved yet (Save attendance)</source>
        <translation>出席情况已更改，尚未保存（保存出席）</translation>
    </message>
    <message>
        <source>%n case(s)</source>
        <translation>%n 个病例</translation>
    </message>
    <message>
        <source>%n case(s) on the agenda</source>
        <translation>议程上有 %n 个病例</translation>
    </message>
    <message>
        <source>%n case(s) on the agenda have no decision and were not deferred. Record a decision or defer each before finalising.</source>
        <translation>议程上有 %n 个病例既没有决定也未推迟。请先为每个病例记录决定或推迟，然后再定稿。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>未达到法定人数</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>达到法定人数</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>电子表格 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Preparing {name}</source>
        <translation>正在生成{name}</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Print {name}</source>
        <extracomment>highest resolution pages are rendered at for the printer (A4 at 300 dpi: 2480 x 3508 pixels)</extracomment>
        <translation>打印 {name}</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The document could not be printed ({error}). It is saved as:
{path}</source>
        <translation>无法打印该文档（{error}）。已保存为：
{path}</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>正在将页面发送到打印机…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <translation>无法打开打印机</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Readiness checklist</source>
        <translation>准备清单</translation>
    </message>
    <message>
        <source>Save the case to check whether it is ready for the board.</source>
        <translation>保存病例后即可检查是否可以提交讨论。</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>尚未准备好</translation>
    </message>
    <message>
        <source>Ready for the board</source>
        <translation>待讨论</translation>
    </message>
    <message>
        <source>Ready for the board?</source>
        <translation>是否可以提交讨论？</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Import referrals</source>
        <translation>导入转诊名单</translation>
    </message>
    <message>
        <source>Referral lists (*.csv *.xlsx)</source>
        <translation>转诊名单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import referrals: {0}</source>
        <translation>导入转诊名单：{0}</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>day first (31.12.2026, 31/12/2026)</source>
        <translation>日在前（31.12.2026、31/12/2026）</translation>
    </message>
    <message>
        <source>month first (12/31/2026)</source>
        <translation>月在前（12/31/2026）</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>What is allowed / what changes</source>
        <translation>允许的内容 / 将发生的变化</translation>
    </message>
    <message>
        <source>Import all rows</source>
        <translation>导入全部行</translation>
    </message>
    <message>
        <source>Import the valid rows…</source>
        <translation>导入有效行…</translation>
    </message>
    <message>
        <source>Checking the referral list…</source>
        <translation>正在检查转诊名单…</translation>
    </message>
    <message>
        <source>{0} rows ({1}): {2} new, {3} matched, {4} refused.</source>
        <translation>{0} 行（{1}）：新增 {2}，匹配 {3}，拒绝 {4}。</translation>
    </message>
    <message>
        <source>Fix the refused rows, or import the valid rows and get the rest as a CSV to fix.</source>
        <translation>请修正被拒绝的行，或先导入有效行，其余行另存为 CSV 以便修正。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>the patient's record gets a new version</source>
        <translation>患者记录将生成新版本</translation>
    </message>
    <message>
        <source>a known patient: a new draft case</source>
        <translation>已知患者：新建草稿病例</translation>
    </message>
    <message>
        <source>a new patient and draft case</source>
        <translation>新患者及草稿病例</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>{0} draft case(s) imported: {1} new patient(s), {2} updated.</source>
        <translation>已导入 {0} 个草稿病例：{1} 位新患者，{2} 位已更新。</translation>
    </message>
    <message>
        <source>{0} refused row(s) saved to {1}.</source>
        <translation>{0} 个被拒绝的行已保存到 {1}。</translation>
    </message>
    <message>
        <source>Importing referrals…</source>
        <translation>正在导入转诊名单…</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>No evidence of disease</source>
        <translation>无疾病证据</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>缓解</translation>
    </message>
    <message>
        <source>New lesion (back to the board)</source>
        <translation>新病灶（重新提交会诊）</translation>
    </message>
    <message>
        <source>Progression (back to the board)</source>
        <translation>进展（重新提交会诊）</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>{n} years</source>
        <translation>{n} 岁</translation>
    </message>
    <message>
        <source>Chosen treatment</source>
        <extracomment>every offered modality, in the recommendation's order: (intent, timing) codes Intent and Timing follow the ticked treatments until the user sets them by hand</extracomment>
        <translation>选定的治疗</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>治疗目的</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Reason for deviating from the tier-1 options</source>
        <translation>偏离第 1 级方案的理由</translation>
    </message>
    <message>
        <source>Reason for deviating</source>
        <translation>偏离理由</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The patient's preference</source>
        <translation>患者意愿</translation>
    </message>
    <message>
        <source>A clinical trial was considered</source>
        <translation>已考虑临床试验</translation>
    </message>
    <message>
        <source>Who informs the patient and the referring doctor</source>
        <translation>由谁告知患者和转诊医生</translation>
    </message>
    <message>
        <source>Responsible clinician (consultant or key worker)</source>
        <translation>负责医生（主治医生或主要负责人）</translation>
    </message>
    <message>
        <source>Referring doctor or GP to inform</source>
        <translation>需告知的转诊医生或家庭医生</translation>
    </message>
    <message>
        <source>Inform the patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <source>Inform the referring doctor by</source>
        <translation>告知转诊医生期限</translation>
    </message>
    <message>
        <source>Planned treatment date</source>
        <translation>计划治疗日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Treatment (the tier-1 options are ticked)</source>
        <translation>治疗（已勾选第 1 级方案）</translation>
    </message>
    <message>
        <source>Patient's preference</source>
        <translation>患者意愿</translation>
    </message>
    <message>
        <source>Responsible clinician</source>
        <translation>负责医生</translation>
    </message>
    <message>
        <source>Who informs</source>
        <translation>告知人</translation>
    </message>
    <message>
        <source>Referrer / GP</source>
        <translation>转诊医生 / 家庭医生</translation>
    </message>
    <message>
        <source>Inform patient by</source>
        <translation>告知患者期限</translation>
    </message>
    <message>
        <source>Treatment date</source>
        <translation>治疗日期</translation>
    </message>
    <message>
        <source>Choose at least one treatment.</source>
        <translation>请至少选择一种治疗。</translation>
    </message>
    <message>
        <source>The decision differs from the tier-1 options: write the reason.</source>
        <translation>决定与第 1 级方案不同：请填写理由。</translation>
    </message>
    <message>
        <source>referrer by</source>
        <translation>转诊医生告知期限</translation>
    </message>
    <message>
        <source>Treatment decided</source>
        <translation>决定的治疗</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Deviates from the tier-1 options ({names}).</source>
        <translation>与第 1 级方案（{names}）不同。</translation>
    </message>
    <message>
        <source>⚠ This differs from the tier-1 options ({names}). A reason is required.</source>
        <translation>⚠ 与第 1 级方案（{names}）不同，必须填写理由。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>readable from the back of the room (a widget style sheet: app-wide sheets stop setFont cascading) the same, smaller, for a screen of 768 pixels' height (see ReviewView.resizeEvent)</extracomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一例</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>上一例</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一例</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>下一例</translation>
    </message>
    <message>
        <source>Time spent on this case</source>
        <translation>本病例用时</translation>
    </message>
    <message>
        <source>Time the board has spent on this case; kept in the minutes.</source>
        <translation>会诊在本病例上花费的时间；记入会议纪要。</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <source>Amend decision…</source>
        <translation>修改决定…</translation>
    </message>
    <message>
        <source>Letter to referrer…</source>
        <translation>致转诊医生的信…</translation>
    </message>
    <message>
        <source>The decision as a letter to the referring doctor and the GP</source>
        <translation>将决定写成致转诊医生和家庭医生的信</translation>
    </message>
    <message>
        <source>The board's decision</source>
        <translation>会诊决定</translation>
    </message>
    <message>
        <source>Nothing to review yet.

To start a review: open Meetings, make the meeting with “New meeting…”, put cases on its agenda with “Add ready cases…”, then press “Start review” there (or choose the meeting above).</source>
        <translation>暂无可讨论的内容。

开始讨论：打开“会议”，用“新建会议…”建立会议，用“添加已准备好的病例…”将病例列入议程，然后在该页按“开始讨论”（或在上方选择会议）。</translation>
    </message>
    <message>
        <source>Choose a meeting to review its cases.</source>
        <translation>请选择会议以讨论其病例。</translation>
    </message>
    <message>
        <source>No cases on this agenda</source>
        <translation>此议程没有病例</translation>
    </message>
    <message>
        <source>Add ready cases to the meeting's agenda first.</source>
        <translation>请先将已准备好的病例加入会议议程。</translation>
    </message>
    <message>
        <source>This meeting has no cases on its agenda, so there is nothing to decide.

Open Meetings, choose this meeting and put cases on its agenda with “Add ready cases…” (cases marked ready for the board), then press “Start review”; or choose another meeting above.</source>
        <translation>此会议的议程上没有病例，因此无需作出决定。

请打开“会议”，选择此会议，用“添加已准备好的病例…”（已标记为可提交讨论的病例）将病例列入议程，然后按“开始讨论”；或在上方选择其他会议。</translation>
    </message>
    <message>
        <source>Case {i} of {n}</source>
        <translation>第 {i} 例，共 {n} 例</translation>
    </message>
    <message>
        <source>Decision recorded by {who} on {when}.</source>
        <translation>决定由 {who} 于 {when} 记录。</translation>
    </message>
    <message>
        <source>Deviates from the recommendation.</source>
        <translation>偏离推荐方案。</translation>
    </message>
    <message>
        <source>Amended: {r}</source>
        <translation>已修改：{r}</translation>
    </message>
    <message>
        <source>Deferred: {r}</source>
        <translation>已推迟：{r}</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>状态：{s}</translation>
    </message>
    <message>
        <source>Not ready for the board:</source>
        <translation>尚不能提交讨论：</translation>
    </message>
    <message>
        <source>Save amendment…</source>
        <translation>保存修改…</translation>
    </message>
    <message>
        <source>Time on this case: {m}:{s:02d}</source>
        <translation>本病例用时：{m}:{s:02d}</translation>
    </message>
    <message>
        <source>The meeting is still ahead</source>
        <translation>会议尚未举行</translation>
    </message>
    <message>
        <source>This meeting is on {day}, and today is {today}. Record the board's decision now, before the meeting?</source>
        <translation>此会议在 {day}，今天是 {today}。要在会议之前现在记录会诊决定吗？</translation>
    </message>
    <message>
        <source>Defer this case</source>
        <translation>推迟此病例</translation>
    </message>
    <message>
        <source>What is the open question? The case is carried to the next meeting's agenda.</source>
        <translation>待解决的问题是什么？病例将转入下次会议议程。</translation>
    </message>
    <message>
        <source>Amend the decision</source>
        <translation>修改决定</translation>
    </message>
    <message>
        <source>Why is the decision amended? The reason is kept in the audit trail.</source>
        <translation>为什么修改决定？理由将记入审计记录。</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知项</translation>
    </message>
    <message>
        <source>Question for the board</source>
        <translation>提交会诊的问题</translation>
    </message>
    <message>
        <source>Who sees to it (owner of the open task)</source>
        <translation>由谁负责（待办事项负责人）</translation>
    </message>
    <message>
        <source>Owner of the open task</source>
        <translation>待办事项负责人</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>admin</source>
        <extracomment>page or window class name -&gt; {attribute: service action}</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>临床医生</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Needs the role {needed} (you are {mine}). An admin of this board can change roles.</source>
        <translation>需要角色“{needed}”（您是“{mine}”）。本会诊组的管理员可以更改角色。</translation>
    </message>
    <message>
        <source>The account {who} is disabled on this board: it may not read or change anything. Ask an admin of this board.</source>
        <translation>账户 {who} 在本会诊组已停用：不能查看或更改任何内容。请联系本会诊组的管理员。</translation>
    </message>
    <message>
        <source>You are signed in as {who}, an account this board does not list yet: you can read and print, not change anything, until an admin gives you a role (tumorboard users set-role {who} ROLE).</source>
        <translation>您以 {who} 登录，本会诊组尚未登记此账户：在管理员为您分配角色之前，您只能查看和打印，不能更改任何内容（tumorboard users set-role {who} ROLE）。</translation>
    </message>
    <message>
        <source>You are signed in as {who} with the role viewer: you can read and print, not change anything. An admin of this board can give you another role.</source>
        <translation>您以 {who} 登录，角色为“查看者”：可以查看和打印，不能更改任何内容。本会诊组的管理员可以为您分配其他角色。</translation>
    </message>
    <message>
        <source>Your role on this board</source>
        <translation>您在本会诊组的角色</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server refused the password. Password for {server}:</source>
        <translation>服务器拒绝了密码。{server} 的密码：</translation>
    </message>
    <message>
        <source>Password for {server}:</source>
        <translation>{server} 的密码：</translation>
    </message>
    <message>
        <source>Department server</source>
        <translation>科室服务器</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Hospital name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>标志文件</translation>
    </message>
    <message>
        <source>PNG or JPEG printed on handouts (optional)</source>
        <translation>打印在讲义上的 PNG 或 JPEG（可选）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Core specialties, one per line</source>
        <translation>核心专科，每行一个</translation>
    </message>
    <message>
        <source>Standing members, one per line: name, role</source>
        <translation>常任成员，每行一人：姓名，角色</translation>
    </message>
    <message>
        <source>Dr. Chen, hepatobiliary surgery
Dr. Weber, radiology</source>
        <translation>陈医生, 肝胆外科
韦伯医生, 放射科</translation>
    </message>
    <message>
        <source>Contact for patients: name</source>
        <translation>患者联系人：名称</translation>
    </message>
    <message>
        <source>e.g. the liver clinic nurses</source>
        <translation>例如：肝病门诊护士</translation>
    </message>
    <message>
        <source>Contact for patients: phone</source>
        <translation>患者联系人：电话</translation>
    </message>
    <message>
        <source>Contact for patients: hours</source>
        <translation>患者联系人：时间</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 8:00 to 16:00</source>
        <translation>例如：周一至周五 8:00–16:00</translation>
    </message>
    <message>
        <source>The board's e-mail address: calendar invitations come from it</source>
        <translation>会诊组的电子邮件地址：日历邀请由此发出</translation>
    </message>
    <message>
        <source>e.g. liver-mdt@hospital.example</source>
        <translation>例如：liver-mdt@hospital.example</translation>
    </message>
    <message>
        <source>Inform patient and referrer within (working days)</source>
        <translation>告知患者和转诊医生的期限（工作日）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes per case on the agenda</source>
        <translation>议程中每个病例的分钟数</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>会诊组</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Core specialties
(quorum)</source>
        <translation>核心专科
（法定人数）</translation>
    </message>
    <message>
        <source>Standing members
(name, role)</source>
        <translation>常任成员
（姓名，角色）</translation>
    </message>
    <message>
        <source>Patients call</source>
        <translation>患者联系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Invitations from</source>
        <translation>邀请发件人</translation>
    </message>
    <message>
        <source>Inform within
(working days)</source>
        <translation>告知期限
（工作日）</translation>
    </message>
    <message>
        <source>Minutes per case</source>
        <translation>每例分钟数</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <source>A handout with invented patients under this letterhead: checks logo, name and printer</source>
        <translation>使用此信头和虚构患者的讲义：检查标志、名称和打印机</translation>
    </message>
    <message>
        <source>invented patients, this letterhead</source>
        <translation>虚构患者，此信头</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>讲义</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Server databases are backed up by the server's administrator.</source>
        <translation>服务器数据库由服务器管理员备份。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Another file, a new one, the department server or demo data; the window reopens on it</source>
        <translation>其他文件、新文件、科室服务器或演示数据；窗口将随之重新打开</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>检查审计记录</translation>
    </message>
    <message>
        <source>Recompute the audit trail's hash chain and every decision's fingerprint: shows whether anything was changed or deleted outside Tumorboard</source>
        <translation>重新计算审计记录的哈希链和每项决定的指纹：显示是否有内容在 Tumorboard 之外被修改或删除</translation>
    </message>
    <message>
        <source>Also from File → Open another database…, or at start: tumorboard --db FILE gui, or TUMORBOARD_DATABASE_URL for a server.</source>
        <translation>也可通过 文件 → 打开其他数据库…，或在启动时：tumorboard --db 文件 gui，服务器则设置 TUMORBOARD_DATABASE_URL。</translation>
    </message>
    <message>
        <source>Rule parameters</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Rule parameters (read-only)</source>
        <translation>规则参数（只读）</translation>
    </message>
    <message>
        <source>Thresholds the decision support uses, each with its source. They are changed only by a reviewed parameter file, never here.</source>
        <translation>决策支持使用的阈值及其出处。只能通过经审核的参数文件修改，不能在此修改。</translation>
    </message>
    <message>
        <source>Re-evaluate all open cases</source>
        <translation>重新评估所有未结病例</translation>
    </message>
    <message>
        <source>Run the decision rules again on every open case (after a rule-set or parameter update)</source>
        <translation>对每个未结病例重新运行决策规则（规则集或参数更新后）</translation>
    </message>
    <message>
        <source>Cases whose first choice changed</source>
        <translation>首选方案发生变化的病例</translation>
    </message>
    <message>
        <source>Parameters unavailable: {e}</source>
        <translation>参数不可用：{e}</translation>
    </message>
    <message>
        <source>Choose the hospital logo</source>
        <translation>选择医院标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Standing members: write each as “name, role”: {lines}</source>
        <translation>常任成员：请按“姓名，角色”填写：{lines}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Re-evaluating…</source>
        <translation>正在重新评估…</translation>
    </message>
    <message>
        <source>No open cases to re-evaluate.</source>
        <translation>没有需要重新评估的未结病例。</translation>
    </message>
    <message>
        <source>{n} open case(s) re-evaluated; {changed} with a changed first-choice recommendation.</source>
        <translation>已重新评估 {n} 个未结病例；其中 {changed} 个的首选推荐发生变化。</translation>
    </message>
    <message>
        <source>Stopped; the cases done so far keep their new evaluation.</source>
        <translation>已停止；已完成的病例保留新的评估结果。</translation>
    </message>
    <message>
        <source>Re-evaluating open cases…</source>
        <translation>正在重新评估未结病例…</translation>
    </message>
    <message>
        <source>Case {id} · MRN {mrn}</source>
        <translation>病例 {id} · 病历号 {mrn}</translation>
    </message>
    <message>
        <source>{head}: the stored facts contradict each other; open the case and correct them. {problem}</source>
        <translation>{head}：保存的资料相互矛盾；请打开病例更正。{problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{head}: first choice was {old}; now {new} (rules {rules})</source>
        <translation>{head}：首选方案原为 {old}；现为 {new}（规则 {rules}）</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Intact: {events} audit events and {decisions} decisions checked; nothing was changed outside Tumorboard.</source>
        <translation>完整：已检查 {events} 条审计事件和 {decisions} 项决定；没有任何内容在 Tumorboard 之外被修改。</translation>
    </message>
    <message>
        <source>Does not match: {problem}</source>
        <translation>不一致：{problem}</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>无法进行检查：{error}</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The database was backed up to:
{p}</source>
        <translation>数据库已备份到：
{p}</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The current database will be replaced by the backup (it is checked first; a copy of the current one is kept). Tumorboard closes afterwards; start it again. Continue?</source>
        <translation>当前数据库将被备份替换（会先检查备份，并保留当前数据库的副本）。之后 Tumorboard 将关闭，请重新启动。是否继续？</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. Tumorboard will now close.</source>
        <translation>备份已恢复。Tumorboard 现在将关闭。</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft (incomplete)</source>
        <translation>草稿（不完整）</translation>
    </message>
    <message>
        <source>Ready for the board</source>
        <translation>待讨论</translation>
    </message>
    <message>
        <source>Listed on a meeting</source>
        <translation>已列入会议</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <source>In follow-up</source>
        <translation>随访中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>every timer and database thread the GUI made, so tests can prove none outlives them the job that opens the Workspace (Tasks.open): its result becomes the database thread's workspace jobs asked for before the Workspace's opening was queued (None: nothing is held any more)</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Tumorboard</source>
        <translation>欢迎使用 Tumorboard</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>In use now: {where}. The window reopens on the database you choose.</source>
        <translation>当前使用：{where}。窗口将以您选择的数据库重新打开。</translation>
    </message>
    <message>
        <source>There is no Tumorboard database on this computer yet. How would you like to start?</source>
        <translation>这台电脑上还没有 Tumorboard 数据库。您想如何开始？</translation>
    </message>
    <message>
        <source>Create a new database on this computer</source>
        <translation>在这台电脑上新建数据库</translation>
    </message>
    <message>
        <source>Where the new database will be</source>
        <translation>新数据库的位置</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation>打开现有数据库文件</translation>
    </message>
    <message>
        <source>Database file to open</source>
        <translation>要打开的数据库文件</translation>
    </message>
    <message>
        <source>…/tumorboard.sqlite</source>
        <translation>…/tumorboard.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Connect to the department server (several workstations share one board)</source>
        <translation>连接科室服务器（多台工作站共用一个会诊组）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>password, if the server asks</source>
        <translation>密码（服务器要求时）</translation>
    </message>
    <message>
        <source>Remember the password in this computer's keyring</source>
        <translation>在本机密钥环中记住密码</translation>
    </message>
    <message>
        <source>No keyring here: asked at each start</source>
        <translation>本机无密钥环：每次启动时询问</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked for at each start.</source>
        <translation>本机没有密钥环：每次启动时都会询问密码。</translation>
    </message>
    <message>
        <source>Explore with demo data (invented patients, nothing is kept)</source>
        <translation>用演示数据体验（虚构患者，不保存任何内容）</translation>
    </message>
    <message>
        <source>Hospital name</source>
        <translation>医院名称</translation>
    </message>
    <message>
        <source>printed on handouts and minutes</source>
        <translation>打印在讲义和会议纪要上</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Choose an existing database file to open.</source>
        <translation>请选择要打开的现有数据库文件。</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. postgresql+psycopg://user@server/tumorboard</source>
        <translation>请输入服务器地址，例如 postgresql+psycopg://user@server/tumorboard</translation>
    </message>
    <message>
        <source>Choose where the new database will be.</source>
        <translation>请选择新数据库的位置。</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Segment I</source>
        <translation>I 段</translation>
    </message>
    <message>
        <source>Segment II</source>
        <translation>II 段</translation>
    </message>
    <message>
        <source>Segment III</source>
        <translation>III 段</translation>
    </message>
    <message>
        <source>Segment IV</source>
        <translation>IV 段</translation>
    </message>
    <message>
        <source>Segment V</source>
        <translation>V 段</translation>
    </message>
    <message>
        <source>Segment VI</source>
        <translation>VI 段</translation>
    </message>
    <message>
        <source>Segment VII</source>
        <translation>VII 段</translation>
    </message>
    <message>
        <source>Segment VIII</source>
        <translation>VIII 段</translation>
    </message>
    <message>
        <source>Bilobar</source>
        <translation>双叶</translation>
    </message>
    <message>
        <source>Portal vein</source>
        <translation>门静脉</translation>
    </message>
    <message>
        <source>Hepatic artery</source>
        <translation>肝动脉</translation>
    </message>
    <message>
        <source>Hepatic veins</source>
        <translation>肝静脉</translation>
    </message>
    <message>
        <source>Inferior vena cava</source>
        <translation>下腔静脉</translation>
    </message>
    <message>
        <source>Wild type</source>
        <translation>野生型</translation>
    </message>
    <message>
        <source>Mutant</source>
        <translation>突变型</translation>
    </message>
    <message>
        <source>V600E mutant</source>
        <translation>V600E 突变</translation>
    </message>
    <message>
        <source>Other mutation</source>
        <translation>其他突变</translation>
    </message>
    <message>
        <source>Microsatellite stable (MSS)</source>
        <translation>微卫星稳定（MSS）</translation>
    </message>
    <message>
        <source>MSI-high</source>
        <translation>高度微卫星不稳定（MSI-H）</translation>
    </message>
    <message>
        <source>Colorectal</source>
        <translation>结直肠</translation>
    </message>
    <message>
        <source>Gastric</source>
        <translation>胃</translation>
    </message>
    <message>
        <source>Small bowel</source>
        <translation>小肠</translation>
    </message>
    <message>
        <source>Oesophageal</source>
        <translation>食管</translation>
    </message>
    <message>
        <source>Pancreatic</source>
        <translation>胰腺</translation>
    </message>
    <message>
        <source>Biliary / gallbladder</source>
        <translation>胆道/胆囊</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <source>Breast</source>
        <translation>乳腺</translation>
    </message>
    <message>
        <source>Ovarian</source>
        <translation>卵巢</translation>
    </message>
    <message>
        <source>Neuroendocrine / carcinoid</source>
        <translation>神经内分泌/类癌</translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation>肾</translation>
    </message>
    <message>
        <source>Uterine / cervical</source>
        <translation>子宫/宫颈</translation>
    </message>
    <message>
        <source>Urinary tract</source>
        <translation>泌尿道</translation>
    </message>
    <message>
        <source>Hepatocellular (primary liver)</source>
        <translation>肝细胞癌（原发性肝癌）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown primary</source>
        <translation>原发不明</translation>
    </message>
    <message>
        <source>Confirmatory imaging (contrast CT / MRI)</source>
        <translation>确诊影像（增强 CT/MRI）</translation>
    </message>
    <message>
        <source>PET-CT</source>
        <translation>PET-CT</translation>
    </message>
    <message>
        <source>Biopsy</source>
        <translation>活检</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Resection of the primary</source>
        <translation>原发灶切除</translation>
    </message>
    <message>
        <source>Liver resection (hepatectomy)</source>
        <translation>肝切除术</translation>
    </message>
    <message>
        <source>Ablation (RFA / microwave / cryo)</source>
        <translation>消融（射频/微波/冷冻）</translation>
    </message>
    <message>
        <source>Ethanol injection</source>
        <translation>无水乙醇注射</translation>
    </message>
    <message>
        <source>Systemic chemotherapy</source>
        <translation>全身化疗</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>免疫治疗</translation>
    </message>
    <message>
        <source>Hepatic arterial therapy (TACE / HAI)</source>
        <translation>肝动脉治疗（TACE/HAI）</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>放疗</translation>
    </message>
    <message>
        <source>Somatostatin analogue</source>
        <translation>生长抑素类似物</translation>
    </message>
    <message>
        <source>Best supportive care</source>
        <translation>最佳支持治疗</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>诊断性</translation>
    </message>
    <message>
        <source>Curative</source>
        <translation>根治性</translation>
    </message>
    <message>
        <source>Adjuvant</source>
        <translation>辅助性</translation>
    </message>
    <message>
        <source>Palliative</source>
        <translation>姑息性</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同时性</translation>
    </message>
    <message>
        <source>Metachronous</source>
        <translation>异时性</translation>
    </message>
    <message>
        <source>Simultaneous (one operation)</source>
        <translation>同期（一次手术）</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>After the primary</source>
        <translation>原发灶之后</translation>
    </message>
    <message>
        <source>Liver ultrasound</source>
        <translation>肝脏超声</translation>
    </message>
    <message>
        <source>Contrast CT or MRI of the liver</source>
        <translation>肝脏增强 CT 或 MRI</translation>
    </message>
    <message>
        <source>CEA blood test</source>
        <translation>CEA 血液检查</translation>
    </message>
    <message>
        <source>Response imaging</source>
        <translation>疗效评估影像</translation>
    </message>
    <message>
        <source>Clinic review</source>
        <translation>门诊复诊</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>超声</translation>
    </message>
    <message>
        <source>Contrast CT</source>
        <translation>增强 CT</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>MRI</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确诊</translation>
    </message>
    <message>
        <source>Resectable</source>
        <translation>可切除</translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation>广泛</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>缓解</translation>
    </message>
    <message>
        <source>Stable disease</source>
        <translation>疾病稳定</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Moderate / severe</source>
        <translation>中度/重度</translation>
    </message>
    <message>
        <source>Grade 1-2</source>
        <translation>1-2 级</translation>
    </message>
    <message>
        <source>Grade 3-4</source>
        <translation>3-4 级</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
</TS>