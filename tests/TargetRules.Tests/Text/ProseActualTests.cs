using TargetRules.Evaluation;
using TargetRules.Plans;
using TargetRules.Targets;
using TargetRules.Text;
using static TargetRules.Evaluation.AttainmentState;

namespace TargetRules.Tests.Text;

/// <summary>
/// Actuals written as prose (issue 25): the one figure that answers the target is read and the rest flagged; a share of the
/// year's task settles a row whose target has no figure to read; traditional script; the unit an indicator's name gives.
/// </summary>
public sealed class ProseActualTests
{
    private const string UnreadTarget = "应为目标：数值（6%、180 亿元）、增长/可比增长 X%、高于全市平均水平、与全市保持同步、完成市下达目标或在全市保持较好水平";

    private const string UnreadActual = "应为完成情况：数值（563.49 亿元、97%）、增长/下降 X%、表述（高于全市平均水平、达标）、待市级部门反馈或国家已不再评定";

    private const string ProseWarning = "expected an actual; it is prose, and only the figure from here, the one that answers the target, was read";

    public static TheoryData<string, string, string, AttainmentState, string> AnnualRows => new()
    {
        // Real rows (the corpus): a count or amount inside a sentence, with the target's own unit.
        { "新增养老床位", "新增养老床位250张", "新增378张养老床位,超额完成年度任务。", Met, "378 张，达到目标 250 张；完成情况亦称“完成年度目标”" },
        { "学前教育扩容提质工程：新(改)扩建幼儿园", "40所", "全年新(改)扩建幼儿园48所", Met, "48 所，达到目标 40 所" },
        { "新增高效节水灌溉面积", "新增高效节水灌溉面积2000万亩", "实际新增高效节水灌溉面积达2182万亩", Met, "2182 万亩，达到目标 2000 万亩" },
        { "用水总量", "用水总量控制在3.4921亿立方米以内", "根据北京市节水中心综合信息平台最新数据,2017年全区新水用水量3.1亿立方米。", Met, "3.1 亿立方米，未超过目标 3.4921 亿立方米" },
        { "城镇新增就业", "900万人以上", "2020年全年,城镇新增就业1186万人", Met, "1186 万人，达到目标 900 万人" },

        // Variants people type: full-width digits and punctuation, spaces, a magnitude mix.
        { "新增养老床位", "250张", "新增３７８张养老床位，超额完成年度任务。", Met, "378 张，达到目标 250 张；完成情况亦称“完成年度目标”" },
        { "新增养老床位", "250张", "全年 新增 240 张 养老床位", Missed, "240 张，低于目标 250 张，差 10 张" },
        { "新开工安置房", "1万套", "新开工安置房16768套", Met, "16768 套（合 1.6768 万套），达到目标 1 万套" },

        // A growth inside a sentence under a growth target, after 比上年, 同比 or 下降了.
        { "国内生产总值", "增长6.5%左右", "2018全年国内生产总值900309亿元,比上年增长6.6%", Met, "增长 6.6%，达到目标 6.5%左右（容差 0.5 个百分点）" },
        { "移动网络流量平均资费", "降低30%", "年末全国移动网络流量平均资费较上年末下降了63%", Met, "增长 -63%，未超过目标 -30%" },

        // A period, a place or the subject before the figure (2017年1至4季度, 截至2020年12月底, 我市, 2016年,): the target
        // naming its subject (单位地区生产总值水耗下降3%) is answered by the one figure, as a bare one would be.
        { "单位地区生产总值水耗", "单位地区生产总值水耗下降3%", "2017年1至4季度单位地区生产总值新水耗下降8.23%", Met, "单位地区生产总值水耗：增长 -8.23%，未超过目标 -3%" },
        { "单位地区生产总值水耗", "单位地区生产总值水耗下降3%", "２０１７年１至４季度 单位地区生产总值新水耗 下降 ８.２３％", Met, "单位地区生产总值水耗：增长 -8.23%，未超过目标 -3%" },
        { "单位地区生产总值水耗", "单位地区生产总值水耗下降3%", "2017年1至4季度单位地区生产总值新水耗下降2.5%", Missed, "单位地区生产总值水耗：增长 -2.5%，超过目标 -3%，超出 0.5 个百分点" },
        { "中央财政扶贫资金", "中央财政扶贫资金增长43.4%", "2016年,中央财政扶贫资金 已下达660.95亿元,同比增长43.4%", Met, "中央财政扶贫资金：增长 43.4%，达到目标 43.4%" },
        { "中央财政扶贫资金", "中央财政扶贫资金增长43.4%", "2016年，中央财政扶贫资金已下达660.95亿元，同比增长40%", Missed, "中央财政扶贫资金：增长 40%，低于目标 43.4%，差 3.4 个百分点" },
        { "2020年民生实事项目投资", "年度计划投资2.47亿元", "截至2020年12月底,完成投资2.41亿元,占年度计划的97.6%", Missed, "年度计划投资：2.41 亿元，低于目标 2.47 亿元，差 0.06 亿元" },
        { "2020年民生实事项目投资", "年度计划投资2.47亿元", "截至2020年12月底，完成投资24700万元", Met, "年度计划投资：24700 万元（合 2.47 亿元），达到目标 2.47 亿元" },

        // The words before the figure taken by the strict reader for a part's name, which a target without parts cannot match.
        { "区域性居家养老服务中心建设", "15个", "全年建成区域性居家养老服务中心20个", Met, "20 个，达到目标 15 个" },
        { "区域性居家养老服务中心建设", "15个", "全年建成区域性居家养老服务中心 １２ 个", Missed, "12 个，低于目标 15 个，差 3 个" },
        { "区域性居家养老服务中心建设", "15个", "全年建成区域性居家养老服务中心20个、社区照料中心8个", Undetermined, "完成情况“全年建成区域性居家养老服务中心20个、社区照料中心8个”没有可比较的数值" },
        { "共享充电桩示范小区", "新增1个共享充电桩示范小区", "新增桃浦镇莲花公寓小区1个共享充电桩示范小区。", Met, "1 个，达到目标 1 个" },
        { "高职院校扩招", "两年“扩招200万人”", "两年共计扩招296.85万人", Met, "296.85 万人，达到目标 200 万人" },

        // 批次 counts; a figure per thousand residents (每千人6.8批次) is a ratio, not an amount.
        { "食品安全抽样检验工程", "4.7万批次", "全年开展食品安全抽样检验5.48万批次,样本量达到全市常住人口每千人6.8批次", Met, "5.48 万批次，达到目标 4.7 万批次" },
        { "食品安全抽样检验工程", "4.7万批次", "全年开展食品安全抽样检验46000批次;样本量达到全市常住人口每千人6.8批次", Missed, "46000 批次（合 4.6 万批次），低于目标 4.7 万批次，差 0.1 万批次" },

        // Of several amounts, the one the row's name stands beside answers; without the name beside it, none does.
        { "公办幼儿园托班托额", "新增140个公办幼儿园托班托额", "在7所有条件的公办幼儿园开设托班,新增140个公办幼儿园托班托额。", Met, "140 个，达到目标 140 个" },
        { "公办幼儿园托班托额", "新增140个公办幼儿园托班托额", "在7所有条件的公办幼儿园开设托班，新增 120 个 公办幼儿园托班托额", Missed, "120 个，低于目标 140 个，差 20 个" },
        { "公办幼儿园托班托额", "新增140个公办幼儿园托班托额", "在7所幼儿园开设托班,新增托额140个", Undetermined,
            "完成情况“在7所幼儿园开设托班,新增托额140个”无法识别（第 15 个字符处：应为一个回答目标的数值；叙述中有 2 个（7所、140个），未说明是哪一个）" },

        // A figure the clause calls the target (低于4.5%的控制目标) restates it and answers nothing.
        { "城镇登记失业率", "城镇登记失业率4.5%以内", "去年末城镇登记失业率为4.02%,低于4.5%的控制目标", Met, "4.02%，未超过目标 4.5%" },
        { "城鎮登記失業率", "城鎮登記失業率4.5%以內", "去年末城鎮登記失業率為4.02%，低於4.5%的控制目標", Met, "4.02%，未超过目标 4.5%" },
        { "城镇登记失业率", "城镇登记失业率4.5%以内", "去年末城镇登记失业率为4.6%,高于4.5%的控制目标", Missed, "4.6%，超过目标 4.5%，超出 0.1 个百分点" },
        { "城镇调查失业率", "5.5%左右", "城镇调查失业率为5.2%,低于5.5%左右的预期目标", Met, "5.2%，未超过目标 5.5%左右（容差 0.5 个百分点）" },

        // A level and a growth in prose under a target of both, in a report on the whole year: both answer.
        { "地区生产总值", "地区生产总值达到678亿元,增长9.5%", "全年地区生产总值预计完成680亿元，同比增长10%", Met, "地区生产总值：680 亿元，达到目标 678 亿元；增长 10%，达到目标 9.5%" },

        // 涨幅 is a growth; on prices it is a cap, elsewhere a floor.
        { "居民消費價格", "居民消費價格漲幅3%左右", "去年居民消費價格漲幅為2.0%", Met, "居民消费价格：增长 2%，未超过目标 3%左右（容差 0.5 个百分点）" },
        { "居民消费价格", "居民消费价格涨幅3%左右", "去年居民消费价格涨幅为3.8%", Missed, "居民消费价格：增长 3.8%，超过目标 3%左右（容差 0.5 个百分点），超出 0.8 个百分点" },
        { "居民消费价格指数(CPI)涨幅", "3.5%", "全国居民消费价格指数(CPI)涨幅为2.5%", Met, "增长 2.5%，未超过目标 3.5%" },
        { "居民消费价格指数(CPI)涨幅", "3.5%", "全国居民消费价格指数(CPI)涨幅为 ３.６％", Missed, "增长 3.6%，超过目标 3.5%，超出 0.1 个百分点" },
        { "工资", "工资涨幅3%以上", "工资涨幅为2%", Missed, "工资：增长 2%，低于目标 3%，差 1 个百分点" },

        // Two figures that could answer: the prose does not say which, so nothing is read, and the reason names them.
        { "认知障碍照护床位改造", "完成120张认知障碍照护床位改造", "完成城怡养护院(80张)、清峪养老院(48张)共计229张认知障碍照护床位改造", Undetermined,
            "完成情况“完成城怡养护院(80张)、清峪养老院(48张)共计229张认知障碍照护床位改造”无法识别（第 19 个字符处：应为一个回答目标的数值；叙述中有 3 个（80张、48张、229张），未说明是哪一个）" },
        { "固定资产投资", "增长9%以上", "1—10月完成170.6亿元,同比增长7.9%,全年预计同比增长8.0%", Undetermined,
            "完成情况“1—10月完成170.6亿元,同比增长7.9%,全年预计同比增长8.0%”无法识别（第 32 个字符处：应为一个回答目标的数值；叙述中有 2 个（7.9%、8.0%），未说明是哪一个）" },

        // A figure in another dimension answers nothing: the strict reader's reason stands.
        { "新增养老床位", "250张", "完成投资1.2亿元,建设进展顺利", Undetermined,
            $"完成情况“完成投资1.2亿元,建设进展顺利”无法识别（第 10 个字符处：{UnreadActual}）" },

        // Traditional script reads as simplified.
        { "國內生產總值", "國內生產總值增長6.5%—7%", "去年國內生產總值增長6.7%", Met, "国内生产总值：增长 6.7%，达到目标区间 6.5-7%" },
        { "城鎮新增就業", "城鎮新增就業1100萬人以上", "實際全年城鎮新增就業1361萬人", Met, "1361 万人，达到目标 1100 万人" },
        { "居民消費價格漲幅", "居民消費價格漲幅控制在3%左右", "實際漲幅為2.1%", Met, "增长 2.1%，未超过目标 3%左右（容差 0.5 个百分点）" },

        // The unit the name gives in parentheses: a bare figure is in it, and a standard per month is not what the year adds.
        { "提高农村低保标准（元/年/人）", "不低于3700元", "3840", Met, "3840 元，达到目标 3700 元" },
        { "提高困难残疾人生活补贴发放标准（元/月/人）", "不低于60元", "59", Missed, "59 元，低于目标 60 元，差 1 元" },
        { "困难残疾人家庭无障碍改造（户）", "70", "75", Met, "75 户，达到目标 70 户" },
        { "新增蓄水能力（万方）", "8", "9", Met, "9，达到目标 8" },
    };

    public static TheoryData<string, string, string, AttainmentState, string> ProseTargetRows => new()
    {
        // A target written as prose is read from its one figure, as the strict reader reads that figure and what bounds it.
        { "地区生产总值", "年计划完成地区生产总值617亿元以上", "620亿元", Met, "620 亿元，达到目标 617 亿元" },
        { "地区生产总值", "年计划完成地区生产总值617亿元以上", "全年预计完成600亿元,完成年计划的97%", Missed, "600 亿元，低于目标 617 亿元，差 17 亿元" },
        { "学龄儿童免费窝沟封闭", "为7万名学龄儿童实施免费窝沟封闭。", "7.2万名", Met, "7.2 万名，达到目标 7 万名" },
        { "山西：GDP增长", "山西将GDP增长目标设定为6%左右", "山西去年GDP的实际增幅为4.5%左右", Missed, "增长 4.5%，低于目标 6%左右（容差 0.5 个百分点），差 1.5 个百分点" },

        // 增加 is a verb like 新增, not a part's name.
        { "增加绿色林地", "增加180公顷绿色林地", "全面完成目标任务。2019年,新增绿色林地182公顷", Met, "182 公顷，达到目标 180 公顷；完成情况亦称“完成年度目标”" },

        // Not read: two figures, a figure in parentheses, one that a word right before it steers, or one part of several.
        { "养老", "增加1000张老年病床,完成10个薄弱养老机构的改造", "1200张", Undetermined,
            "目标“增加1000张老年病床,完成10个薄弱养老机构的改造”无法识别（第 7 个字符处：条件之后应为“，”“、”“/”或文本结束）" },
        { "海塘安澜", "开工建设海塘安澜(南片海塘4.65公里)。", "5公里", Undetermined,
            "目标“开工建设海塘安澜(南片海塘4.65公里)。”无法识别（第 0 个字符处：应为指标目标，而非项目节点（开工、施工、竣工、工程量……）：项目行由项目节点解析器读取）" },
        { "扶贫", "完成1000万以上农村贫困人口脱贫任务,其中易地扶贫搬迁建设200万人以上", "249万人", Undetermined,
            "目标“完成1000万以上农村贫困人口脱贫任务,其中易地扶贫搬迁建设200万人以上”无法识别（第 26 个字符处：应为指标目标，而非项目节点（开工、施工、竣工、工程量……）：项目行由项目节点解析器读取）" },

        // An amount for part of the year beside a share of the year's target: the share answers.
        { "社会消费品零售总额", "年计划完成社会消费品零售总额165亿元以上", "1—10月完成138.3亿元,同比增长9.0%,全年预计同比增长9.0%,完成年计划的103%", Met, "完成年度目标的 103%，达到目标 165 亿元" },

        // The same where the strict reader reads the words.
        { "社会消费品零售总额", "165亿元以上", "1-9月完成120亿元,完成年计划的96%", Missed, "完成年度目标的 96%，未达到目标 165 亿元，差 4 个百分点" },

        // Digits inside a token are no figure: 1e400亿元 is not 400亿元.
        { "地区生产总值", "600亿元", "完成1e400亿元", Undetermined, "完成情况“完成1e400亿元”无法识别（第 3 个字符处：条件之后应为“，”“、”“/”或文本结束）" },

        // A figure and a share of the year's target that disagree: the actual does not settle it.
        { "社会消费品零售总额", "165亿元以上", "完成138.3亿元,同比增长9.0%,完成年计划的103%", Undetermined,
            "完成情况的数值与完成比例结论不一：按数值（138.3 亿元，低于目标 165 亿元，差 26.7 亿元）未完成，按比例（完成年度目标的 103%，达到目标 165 亿元）已完成。完成情况写明数值所属期间或只给出其一即可判定" },
    };

    public static TheoryData<string, string, string, AttainmentState, string> VerdictRows => new()
    {
        // Real rows (the corpus): the actual opens or closes with its own verdict on the task. Where it gives no one figure to
        // weigh (none that answers, several, or the target unread), the verdict answers.
        { "老年病床、薄弱养老机构改造", "增加1000张老年病床,完成10个薄弱养老机构的改造", "超出目标任务。2019年,新增养老床位1467张,其中新建浦江大居养老院4家,新增基本养老床位990张", Met,
            "目标“增加1000张老年病床,完成10个薄弱养老机构的改造”无法识别，完成情况称“超出目标任务。2019年,新增养老床位1467张,其中新建浦江大居养老院4家,新增基本养老床位990张”，任务已完成" },
        { "垃圾箱(定点投放点)改造", "推进垃圾分类全覆盖,完成900个垃圾箱(定点投放点)改造", "全面完成目标任务。全区1057个住宅小区和80个行政村全部开展垃圾分类,完成900个垃圾箱改造。", Met,
            "完成情况称“全面完成目标任务。全区1057个住宅小区和80个行政村全部开展垃圾分类,完成900个垃圾箱改造。”，视为达到目标 900 个" },
        { "劣Ⅴ类水体", "消除100条中小河流中的“劣ⅴ”水体", "全面完成目标任务。", Met, "完成情况称“全面完成目标任务。”，视为达到目标 100 条" },
        { "农村出行条件", "改善农村出行条件", "累计实现9000个自然村通硬化路,完成年度目标任务", Met,
            "目标“改善农村出行条件”无法识别，完成情况称“累计实现9000个自然村通硬化路,完成年度目标任务”，任务已完成" },

        // A figure beside the verdict is weighed with it; the target's figure restated in the verdict answers nothing.
        { "残疾儿童康复救助", "1.9万名的年度目标任务", "31657名残疾儿童接受了康复救助服务,超额完成1.9万名的年度目标任务", Met,
            "31657 名（合 3.1657 万名），达到目标 1.9 万名；完成情况亦称“完成年度目标”" },
        { "绿色林地", "增加180公顷绿色林地", "全面完成目标任务。2019年,新增绿色林地170公顷", Undetermined,
            "完成情况自称“完成年度目标”，与其数值结论不一：按数值（170 公顷，低于目标 180 公顷，差 10 公顷）未完成。完成情况的结论与数值一致或只给出其一即可判定" },
        { "绿色林地", "增加180公顷绿色林地", "新增绿色林地170公顷,已完成", Undetermined,
            "完成情况自称“完成年度目标”，与其数值结论不一：按数值（170 公顷，低于目标 180 公顷，差 10 公顷）未完成。完成情况的结论与数值一致或只给出其一即可判定" },
        { "绿色林地", "增加180公顷绿色林地", "新增绿色林地170公顷,未完成年度目标任务", Missed, "170 公顷，低于目标 180 公顷，差 10 公顷；完成情况亦称“未完成年度目标”" },

        // Negated forms never read as met.
        { "绿色林地", "增加180公顷绿色林地", "未能全面完成目标任务。2019年,新增绿色林地182公顷", Undetermined,
            "完成情况自称“未完成年度目标”，与其数值结论不一：按数值（182 公顷，达到目标 180 公顷）已完成。完成情况的结论与数值一致或只给出其一即可判定" },
        { "劣Ⅴ类水体", "消除100条中小河流中的“劣ⅴ”水体", "未能全面完成", Missed, "完成情况称“未能全面完成”，未达到目标 100 条" },
        { "劣Ⅴ类水体", "消除100条中小河流中的“劣ⅴ”水体", "未完成目标任务。", Missed, "完成情况称“未完成目标任务。”，未达到目标 100 条" },
        { "农村出行条件", "改善农村出行条件", "累计实现9000个自然村通硬化路,未能完成年度目标任务", Missed,
            "目标“改善农村出行条件”无法识别，完成情况称“累计实现9000个自然村通硬化路,未能完成年度目标任务”，任务未完成" },

        // Variants people type: full-width digits and commas, spaces, ';', traditional script.
        { "残疾儿童康复救助", "1.9万名的年度目标任务", "31657名残疾儿童接受了康复救助服务，超额完成１.９万名的年度目标任务", Met,
            "31657 名（合 3.1657 万名），达到目标 1.9 万名；完成情况亦称“完成年度目标”" },
        { "绿色林地", "增加180公顷绿色林地", "全面完成 目标任务。2019年, 新增绿色林地 182 公顷", Met, "182 公顷，达到目标 180 公顷；完成情况亦称“完成年度目标”" },
        { "绿色林地", "增加180公顷绿色林地", "2019年新增绿色林地182公顷;全面完成目标任务", Met, "182 公顷，达到目标 180 公顷；完成情况亦称“完成年度目标”" },
        { "劣Ⅴ类水体", "消除100条中小河流中的“劣ⅴ”水体", "全面完成目標任務。", Met, "完成情况称“全面完成目标任务。”，视为达到目标 100 条" },

        // A verdict written after its subject: the commitment kept (得到兑现, 已兑现), the goal reached (实现…目标); negated,
        // nothing is read.
        { "居民医保和基本公共卫生服务经费人均财政补助标准", "分别再增加30元和5元", "“居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元”的承诺也得到兑现", Met,
            "目标“分别再增加30元和5元”无法识别，完成情况称““居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元”的承诺也得到兑现”，任务已完成" },
        { "居民医保和基本公共卫生服务经费人均财政补助标准", "分别再增加30元和5元", "\"居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元\"的承诺 已兑现。", Met,
            "目标“分别再增加30元和5元”无法识别，完成情况称“\"居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元\"的承诺 已兑现。”，任务已完成" },
        { "居民医保和基本公共卫生服务经费人均财政补助标准", "分别再增加30元和5元", "“分别再增加30元和5元”的承诺没有得到兑现", Undetermined,
            $"目标“分别再增加30元和5元”无法识别（第 8 个字符处：条件之后应为“，”“、”“/”或文本结束）；完成情况““分别再增加30元和5元”的承诺没有得到兑现”无法识别（第 0 个字符处：{UnreadActual}）" },
        { "企業開辦時間和工程建設項目審批時間", "壓減一半", "企業開辦時間和工程建設項目審批時間都實現了壓減一半的目標", Met,
            "目标“压减一半”无法识别，完成情况称“企业开办时间和工程建设项目审批时间都实现了压减一半的目标”，任务已完成" },
        { "企业开办时间和工程建设项目审批时间", "压减一半", "企业开办时间和工程建设项目审批时间都实现了压减一半的目标。", Met,
            "目标“压减一半”无法识别，完成情况称“企业开办时间和工程建设项目审批时间都实现了压减一半的目标。”，任务已完成" },
        { "企业开办时间和工程建设项目审批时间", "压减一半", "企业开办时间未实现压减一半的目标", Undetermined,
            $"目标“压减一半”无法识别（第 0 个字符处：{UnreadTarget}）；完成情况“企业开办时间未实现压减一半的目标”无法识别（第 0 个字符处：{UnreadActual}）" },

        // 实现…目标 is a verdict only done (实现了, 已实现); an aim (力争, 将, 有望) is not read.
        { "企业开办时间和工程建设项目审批时间", "压减一半", "企业开办时间和工程建设项目审批时间已实现压减一半的目标", Met,
            "目标“压减一半”无法识别，完成情况称“企业开办时间和工程建设项目审批时间已实现压减一半的目标”，任务已完成" },
        { "企业开办时间和工程建设项目审批时间", "压减一半", "企业开办时间和工程建设项目审批时间将实现压减一半的目标", Undetermined,
            $"目标“压减一半”无法识别（第 0 个字符处：{UnreadTarget}）；完成情况“企业开办时间和工程建设项目审批时间将实现压减一半的目标”无法识别（第 0 个字符处：{UnreadActual}）" },
        { "企业开办时间和工程建设项目审批时间", "压减一半", "力争企业开办时间实现了压减一半的目标", Undetermined,
            $"目标“压减一半”无法识别（第 0 个字符处：{UnreadTarget}）；完成情况“力争企业开办时间实现了压减一半的目标”无法识别（第 0 个字符处：{UnreadActual}）" },
        { "居民医保和基本公共卫生服务经费人均财政补助标准", "分别再增加30元和5元", "“分别再增加30元和5元”的承诺有望得到兑现", Undetermined,
            $"目标“分别再增加30元和5元”无法识别（第 8 个字符处：条件之后应为“，”“、”“/”或文本结束）；完成情况““分别再增加30元和5元”的承诺有望得到兑现”无法识别（第 0 个字符处：{UnreadActual}）" },

        // The verdict verb alone as the first clause, then more prose.
        { "为全县60岁以上老年人免费接种流感疫苗24723人。", "制定并下发工作方案", "未完成。 工作方案正在制定中。", Missed,
            "目标“制定并下发工作方案”无法识别，完成情况称“未完成。 工作方案正在制定中。”，任务未完成" },

        // Not a verdict: the task words go on (完成年度目标任务的建设), so nothing is read.
        { "农村出行条件", "改善农村出行条件", "完成年度目标任务的建设,新增9000个", Undetermined,
            $"目标“改善农村出行条件”无法识别（第 0 个字符处：{UnreadTarget}）；完成情况“完成年度目标任务的建设,新增9000个”无法识别（第 9 个字符处：完成年度目标的之后应为百分数（完成年度目标的 103%））" },
    };

    [Fact]
    public void Evaluate_OwnVerdict_EnglishSaysBothAndWhereTheVerdictStarts()
    {
        var evaluator = new PlanEvaluator();
        var disagree = evaluator.EvaluateRow(new PlanRow(1, "1", "", "绿色林地", "增加180公顷绿色林地", "全面完成目标任务。2019年,新增绿色林地170公顷"));
        var agree = evaluator.EvaluateRow(new PlanRow(1, "1", "", "绿色林地", "增加180公顷绿色林地", "全面完成目标任务。2019年,新增绿色林地182公顷"));
        var unread = evaluator.EvaluateRow(new PlanRow(1, "1", "", "农村出行条件", "改善农村出行条件", "累计实现9000个自然村通硬化路,完成年度目标任务"));

        (disagree.Attainment.Explanation.English, agree.Attainment.Explanation.English, unread.Attainment.Explanation.English).ShouldBe((
            "the actual states \"完成年度目标\" but its figure says otherwise: by the figure (170 公顷, below the target of 180 公顷, short by 10 公顷) it is missed; an actual whose verdict and figure agree, or that gives only one, would settle it",
            "182 公顷, meets the target of 180 公顷; the actual also states \"完成年度目标\"",
            "the target \"改善农村出行条件\" could not be read; the actual states \"累计实现9000个自然村通硬化路,完成年度目标任务\": the task is done"));
        unread.Diagnostics.ShouldBe([
            new Diagnostic(DiagnosticSeverity.Warning, "target_text, position 0: expected a target: a figure (6%, 180 亿元), 增长/可比增长 X%, 高于全市平均水平, 与全市保持同步, 完成市下达目标 or 在全市保持较好水平 in '改善农村出行条件'", "target_text"),
            new Diagnostic(DiagnosticSeverity.Warning, "actual_text, position 17: expected an actual; it is prose, and only its own verdict, the clause from here, was read in '累计实现9000个自然村通硬化路,完成年度目标任务'", "actual_text"),
        ]);
    }

    [Theory]
    [MemberData(nameof(ProseTargetRows))]
    public void Evaluate_ProseTarget_StateAndReason(string indicator, string target, string actual, AttainmentState state, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual));

        (result.State, result.Attainment.Explanation.Chinese).ShouldBe((state, reason));
    }

    [Fact]
    public void Evaluate_ProseTarget_FlaggedWithWhereTheFigureStarts()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "地区生产总值", "年计划完成地区生产总值617亿元以上", "620亿元"));

        result.Diagnostics.ShouldBe([new Diagnostic(DiagnosticSeverity.Warning,
            "target_text, position 11: expected a target; it is prose, and only the figure from here, the one it gives, was read in '年计划完成地区生产总值617亿元以上'", "target_text")]);
    }

    [Theory]
    [MemberData(nameof(AnnualRows))]
    [MemberData(nameof(VerdictRows))]
    [MemberData(nameof(AnnualWorkShareRows))]
    public void Evaluate_ProseActual_StateAndReason(string indicator, string target, string actual, AttainmentState state, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual));

        (result.State, result.Attainment.Explanation.Chinese).ShouldBe((state, reason));
    }

    public static TheoryData<string, string, string, AttainmentState, string> AnnualWorkShareRows => new()
    {
        // At year end a percent alone under a target that could not be read is not taken for the work done.
        { "推进县职业中专扩容提升", "推进县职业中专扩容提升。", "70%", Undetermined, "目标“推进县职业中专扩容提升。”无法识别（第 11 个字符处：增长一词之后应为数字，或高于全市平均水平/与全市保持同步）；完成情况“70%”无法识别（第 0 个字符处：百分数之前应为增长或达到，或由指标名称说明（比重、比例、率：水平值；总值、总额、产值、收入、投资、额、数：增长））" },
        { "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "发放标准不低于每人每月60元/月", "100%", Met, "完成年度目标的 100%，达到目标 60 元" },

        // Where the row measures a rate (任务完成率, or a target of 95%) 完成率 is that rate, never the share of the task.
        { "任务完成率", "95%", "完成率97%", Undetermined, "完成情况“完成率97%”没有可比较的数值" },
        { "民生实事项目", "95%以上", "完成率为97%", Undetermined, "目标“95%以上”无法识别，完成情况“完成率为97%”可读作完成任务的比例，也可读作指标本身的数值。目标写明数值即可判定" },
        { "民生实事项目", "95%以上", "完成年度目标的97%", Undetermined, "目标“95%以上”无法识别，完成情况“完成年度目标的97%”可读作完成任务的比例，也可读作指标本身的数值。目标写明数值即可判定" },
        { "新增就业", "1000人", "完成1100人,完成率110%", Met, "1100 人，达到目标 1000 人" },
    };

    public static TheoryData<string, string, string, string, AttainmentState, string> InterimRows => new()
    {
        // A share of the year's task where the target gives no figure to read: measured against the elapsed share of the year.
        { "M5", "优化就业创业服务：新增城镇就业", "优化就业创业服务", "截至5月底,新增城镇就业2.76万人,完成年度任务的46%", Met,
            "目标“优化就业创业服务”无法识别，完成年度任务的 46%，达到序时进度 41.6667%" },
        { "M5", "优化就业创业服务：扶持全民创业", "优化就业创业服务", "扶持全民创业4890人,完成年度任务的61%", Met,
            "目标“优化就业创业服务”无法识别，完成年度任务的 61%，达到序时进度 41.6667%" },
        { "M9", "七至九年级适龄女生HPV疫苗免费接种", "为七至九年级适龄女生提供国产二价人乳头瘤病毒(HPV)疫苗免费接种服务(自愿接种)", "已完成4769人(51.2%)", Missed,
            "目标“为七至九年级适龄女生提供国产二价人乳头瘤病毒(HPV)疫苗免费接种服务(自愿接种)”无法识别，完成年度任务的 51.2%，低于序时进度 75%，差 23.8 个百分点" },
        { "M9", "困难残疾人康复救助", "为困难残疾人提供康复救助", "2539名,完成率100.27%", Met, "目标“为困难残疾人提供康复救助”无法识别，完成年度任务的 100.27%，达到序时进度 75%" },
        { "H1", "农村公路改造提升项目", "农村公路改造提升项目", "已完成投资1.7亿元,占计划总投资的51%", Met, "目标“农村公路改造提升项目”无法识别，完成年度任务的 51%，达到序时进度 50%" },

        // A count in prose against a count target, prorated by what the name says.
        { "M9", "嵌入式养老机构建设", "2个嵌入式养老机构建设", "已完成1个(50%)", Missed, "1 个，低于目标序时进度 1.5 个（全年 2 个 × 0.75），差 0.5 个" },

        // A percent alone under a count or a length is the share of the task done; where the target does not say whether it
        // accumulates, both readings are weighed.
        { "M10", "新增“文化驿站”", "新增16个“文化驿站”。", "98.4%", Met, "完成年度目标的 98.4%，达到序时进度 83.3333%（全年目标 16 个）" },
        { "M10", "开工建设2家中心敬老院", "开工建设矾山镇、马站镇等2家中心敬老院。", "50%(马站未开工", Missed, "完成年度目标的 50%，低于序时进度 83.3333%（全年目标 2 家），差 33.3333 个百分点" },
        { "M10", "建设四好农村路", "建设四好农村路55公里。", "95%", Met, "完成年度目标的 95%，达到序时进度 83.3333%（全年目标 55 公里）" },
        { "M10", "打通12条断头路", "打通县城人民大道(苍南大道至山海大道)等12条断头路。", "95%", Undetermined,
            "完成年度目标的 95%：目标 12 条未说明是当年累计数还是存量；按序时进度 83.3333%已完成，按全年目标未完成。指标名称写明新增、累计或拥有量、总数即可判定" },

        // A number whose unit no reader knows (3800位) beside the figure: the target is not read from the figure alone.
        { "M10", "建成投用中小学、新增学位", "建成投用中小学3所,新增学位3800位。", "3所", Undetermined,
            "目标“建成投用中小学3所,新增学位3800位。”无法识别（第 18 个字符处：条件之后应为“，”“、”“/”或文本结束）" },

        // In an interim report the amount for the months so far is the report's own: it is weighed with the share.
        { "Q3", "社会消费品零售总额", "165亿元以上", "1-9月完成120亿元,完成年计划的76%", Undetermined,
            "完成情况的数值与完成比例结论不一：按数值（120 亿元，低于目标序时进度 123.75 亿元（全年 165 亿元 × 0.75），差 3.75 亿元）未完成，按比例（完成年度目标的 76%，达到序时进度 75%（全年目标 165 亿元））已完成。完成情况写明数值所属期间或只给出其一即可判定" },

        // The actual's own verdict in an interim report: the year's task done already meets it; not done yet says nothing
        // about the pace, so the figure decides where there is one.
        { "H1", "劣Ⅴ类水体", "消除100条中小河流中的“劣ⅴ”水体", "全面完成目标任务。", Met, "完成情况称“全面完成目标任务。”，视为达到目标 100 条" },
        { "H1", "劣Ⅴ类水体", "消除100条中小河流中的“劣ⅴ”水体", "未完成目标任务。", Undetermined,
            "完成情况称“未完成目标任务。”：期中尚未完成全年任务不说明是否达到序时进度，应给出数值或完成比例" },
        { "H1", "农村出行条件", "改善农村出行条件", "累计实现9000个自然村通硬化路,未能完成年度目标任务", Undetermined,
            "完成情况称“累计实现9000个自然村通硬化路,未能完成年度目标任务”：期中尚未完成全年任务不说明是否达到序时进度，应给出数值或完成比例" },
        { "H1", "绿色林地", "增加180公顷绿色林地", "新增绿色林地100公顷,未完成年度目标任务", Met, "100 公顷，达到目标序时进度 90 公顷（全年 180 公顷 × 0.5）" },
        { "H1", "绿色林地", "增加180公顷绿色林地", "新增绿色林地60公顷,完成年度目标任务", Undetermined,
            "完成情况自称“完成年度目标”，与其数值结论不一：按数值（60 公顷，低于目标序时进度 90 公顷（全年 180 公顷 × 0.5），差 30 公顷）未完成。完成情况的结论与数值一致或只给出其一即可判定" },

        // A percent alone under a target that could not be read, in an interim report, is the work done: behind pace it lags, and a
        // remark that says so agrees (cangnan-2022-m10-minsheng:1, 8, 11); on pace it does not say the units are finished.
        { "M10", "新(改、扩)建公办园、新增公办幼儿学位", "新(改、扩)建公办园5所,新增公办幼儿学位1000个。", "80%(新区实验幼儿园进度滞后)", Missed, "目标“新(改、扩)建公办园5所,新增公办幼儿学位1000个。”无法识别，完成进度 80%，低于序时进度 83.3333%，差 3.3333 个百分点，完成情况亦称进度滞后（“80%(新区实验幼儿园进度滞后)”）" },
        { "M10", "推进县职业中专扩容提升", "推进县职业中专扩容提升。", "22%(严重滞后)", Missed, "目标“推进县职业中专扩容提升。”无法识别，完成进度 22%，低于序时进度 83.3333%，差 61.3333 个百分点，完成情况亦称进度滞后（“22%(严重滞后)”）" },
        { "M10", "推进县职业中专扩容提升", "推进县职业中专扩容提升。", "22%（严重滞后）", Missed, "目标“推进县职业中专扩容提升。”无法识别，完成进度 22%，低于序时进度 83.3333%，差 61.3333 个百分点，完成情况亦称进度滞后（“22%（严重滞后）”）" },
        { "M10", "推进县职业中专扩容提升", "推进县职业中专扩容提升。", "２２％ (严重滞后)", Missed, "目标“推进县职业中专扩容提升。”无法识别，完成进度 22%，低于序时进度 83.3333%，差 61.3333 个百分点，完成情况亦称进度滞后（“２２％ (严重滞后)”）" },
        { "M10", "推进县职业中专扩容提升", "推进县职业中专扩容提升。", " 22 % ", Missed, "目标“推进县职业中专扩容提升。”无法识别，完成进度 22%，低于序时进度 83.3333%，差 61.3333 个百分点" },
        { "M10", "开工建设海塘安澜", "开工建设海塘安澜(南片海塘4.65公里)。", "70%", Missed, "目标“开工建设海塘安澜(南片海塘4.65公里)。”无法识别，完成进度 70%，低于序时进度 83.3333%，差 13.3333 个百分点" },
        { "M10", "推进县职业中专扩容提升", "推进县职业中专扩容提升。", "90%(严重滞后)", Undetermined, "目标“推进县职业中专扩容提升。”无法识别，完成进度 90%，达到序时进度 83.3333%，完成情况亦称进度滞后（“90%(严重滞后)”），但工作进度不说明已完成的数量。完成情况给出已完成的数量即可判定" },
        { "M10", "建成投用中小学、新增学位", "建成投用中小学3所,新增学位3800位。", "95%", Undetermined, "目标“建成投用中小学3所,新增学位3800位。”无法识别，完成进度 95%，达到序时进度 83.3333%，但工作进度不说明已完成的数量。完成情况给出已完成的数量即可判定" },
        // Anything but a remark after the percent is not read this way; a name that says what a bare percent is reads it so.
        { "M10", "推进县职业中专扩容提升", "推进县职业中专扩容提升。", "70%,已开工3所", Undetermined, "目标“推进县职业中专扩容提升。”无法识别（第 11 个字符处：增长一词之后应为数字，或高于全市平均水平/与全市保持同步）；完成情况“70%,已开工3所”无法识别（第 5 个字符处：应为指标的完成情况，而非项目进度（开工、施工、竣工、建设进度……）：项目行由项目节点解析器读取）" },
        { "M10", "农村自来水普及率", "推进农村饮水提质", "70%", Undetermined, "目标“推进农村饮水提质”无法识别（第 0 个字符处：应为目标：数值（6%、180 亿元）、增长/可比增长 X%、高于全市平均水平、与全市保持同步、完成市下达目标或在全市保持较好水平）" },
        { "M10", "农村饮水提质", "推进农村饮水提质(覆盖95%以上的村)", "70%", Undetermined,
            "目标“推进农村饮水提质(覆盖95%以上的村)”无法识别，完成情况“70%”可读作完成任务的比例，也可读作指标本身的数值。目标写明数值即可判定" },
        { "M10", "农村饮水提质", "推进农村饮水提质,城乡同质化供水率分别达到95%和98%", "70%", Undetermined,
            "目标“推进农村饮水提质,城乡同质化供水率分别达到95%和98%”无法识别，完成情况“70%”可读作完成任务的比例，也可读作指标本身的数值。目标写明数值即可判定" },
        // Facilities to bring to a stage (建成投用, 开工建设): the percent is the work's pace, not a count of them (cangnan-2022-m10-minsheng:4, 6).
        { "M10", "建成投用8家卫生院", "建成投用沿浦、宜山、莒溪、炎亭、望里、赤溪、岱岭、灵溪浦亭等8家卫生院", "98%", Undetermined, "建成投用沿浦、宜山、莒溪、炎亭、望里、赤溪、岱岭、灵溪浦亭等：完成进度 98%，达到序时进度 83.3333%，但工作进度不说明已完成的数量。完成情况给出已完成的数量即可判定" },
        { "M10", "建成投用3家中心敬老院", "建成投用桥墩镇、赤溪镇、灵溪镇观美等3家中心敬老院。", "57%(赤溪、灵溪偏慢)", Missed, "建成投用桥墩镇、赤溪镇、灵溪镇观美等：完成进度 57%，低于序时进度 83.3333%，差 26.3333 个百分点，完成情况亦称进度滞后（“57%(赤溪、灵溪偏慢)”）" },
        // Under a count, a remark that the work lags leaves a share on pace unsettled and agrees with one behind it.
        { "M10", "建设四好农村路", "建设四好农村路55公里。", "95%(推进缓慢)", Undetermined, "完成年度目标的 95%，达到序时进度 83.3333%（全年目标 55 公里），但完成情况“95%(推进缓慢)”称进度滞后：比例与备注结论不一。完成情况给出已完成的数量即可判定" },
        { "M10", "建设四好农村路", "建设四好农村路55公里。", "80%(推进缓慢)", Missed, "完成年度目标的 80%，低于序时进度 83.3333%（全年目标 55 公里），差 3.3333 个百分点；完成情况亦称进度滞后（“80%(推进缓慢)”）" },
        // A standard of money (yueyanglou-2019-m8-minsheng:6): the task done in full meets it; short of it, the percent may be its rise.
        { "M8", "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "发放标准不低于每人每月60元/月", "100%", Met, "完成年度目标的 100%，达到目标 60 元" },
        { "M8", "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "发放标准不低于每人每月60元/月", "１２０ ％", Met, "完成年度目标的 120%，达到目标 60 元" },
        { "M8", "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "发放标准不低于每人每月60元/月", "80%", Undetermined, "完成情况“80%”可读作完成任务的比例（未完成），也可读作标准 60 元的增幅（未给出上年标准）。完成情况给出标准数值即可判定" },
        // A completion rate beside a count, under a target that could not be read (xiaoxian-2025-m9-minsheng:11, 15, 16).
        { "M9", "实体零工驿站建设", "实体零工驿站建设", "完成2个,完成率200%", Met, "目标“实体零工驿站建设”无法识别，完成年度任务的 200%，达到序时进度 75%" },
        { "M9", "健康口腔行动", "健康口腔行动已为7516-9岁学龄儿童开展免费第一恒磨牙窝沟封闭服务", "完成率107.29%", Met, "目标“健康口腔行动已为7516-9岁学龄儿童开展免费第一恒磨牙窝沟封闭服务”无法识别，完成年度任务的 107.29%，达到序时进度 75%" },
        { "M9", "最美工会驿站", "全国、省、市最美工会驿站", "已建成11家,完成率110%", Met, "目标“全国、省、市最美工会驿站”无法识别，完成年度任务的 110%，达到序时进度 75%" },
        { "M9", "最美工会驿站", "全国、省、市最美工会驿站", "已建成 11 家，完成率为 60%", Missed, "目标“全国、省、市最美工会驿站”无法识别，完成年度任务的 60%，低于序时进度 75%，差 15 个百分点" },
        // A percent in brackets after the target's count is that count's share, no rate the completion rate could be.
        { "M4", "结直肠癌筛查", "完成筛查人数1480人(20%)。", "完成筛查人数3495人,完成率47.23%", Met, "目标“完成筛查人数1480人(20%)。”无法识别，完成年度任务的 47.23%，达到序时进度 33.3333%" },
        { "M4", "结直肠癌筛查", "完成筛查人数1480人（20％）。", "完成率47.23%", Met, "目标“完成筛查人数1480人（20％）。”无法识别，完成年度任务的 47.23%，达到序时进度 33.3333%" },
        // A task named by its verb counts what the year does (xiaoxian-2025-m9-minsheng:3, 4, 8).
        { "M9", "农村黑臭水体治理", "126条农村黑臭水体治理", "已完成120条(95%)", Met, "120 条，达到目标序时进度 94.5 条（全年 126 条 × 0.75）" },
        { "M9", "送戏进万村", "263场送戏进万村", "已送230场(87%)", Met, "230 场，达到目标序时进度 197.25 场（全年 263 场 × 0.75）" },
        { "M9", "困难群体法律援助", "1170件困难群体法律援助", "已完成948件(81%)", Met, "948 件，达到目标序时进度 877.5 件（全年 1170 件 × 0.75）" },
        { "M9", "困难群体法律援助", "1170件困难群体法律援助", "已完成800件", Missed, "800 件，低于目标序时进度 877.5 件（全年 1170 件 × 0.75），差 77.5 件" },

        // A count in the target's unit answers, not the amounts in other units or the 完成率 beside them; the target's
        // 新增 before its figure says the year adds it.
        { "H1", "农村饮水安全提升工程", "全市农村饮水安全提升工程新增受益人口17.85万人。", "完成工程投资7856万元,完成率54.7%,新增受益人口11.05万人,完成率61.9%。", Met,
            "11.05 万人，达到目标序时进度 8.925 万人（全年 17.85 万人 × 0.5）" },
        { "H1", "农村饮水安全提升工程", "全市农村饮水安全提升工程新增受益人口17.85万人。", "完成工程投资7856万元,新增受益人口5万人", Missed,
            "5 万人，低于目标序时进度 8.925 万人（全年 17.85 万人 × 0.5），差 3.925 万人" },
        { "M11", "孕产妇免费产前筛查", "省级分配给我市孕产妇免费产前筛查目标数为2300人", "我市已完成孕产妇免费产前筛查2804人", Met,
            "省级分配给我市孕产妇免费产前筛查目标数为：2804 人，达到目标序时进度 2108.3341 人（全年 2300 人 × 0.916667）" },

        // A level and a growth in prose under a target of both: each answers its condition, and both must hold; several
        // growths leave it unread. Part way through the year the amount so far answers only a level the year adds (以上, not
        // 达到), and a per-head amount never: there only the growth answers.
        { "H1", "地区生产总值", "地区生产总值678亿元以上,增长9.5%", "上半年我区地区生产总值预计完成340亿元，同比增长10%", Met,
            "340 亿元，达到目标序时进度 339 亿元（全年 678 亿元 × 0.5）；增长 10%，达到目标 9.5%" },
        { "H1", "地区生产总值", "地区生产总值达到678亿元,增长9.5%", "上半年我区地区生产总值预计完成340亿元，同比增长10%", Undetermined,
            "地区生产总值：完成情况“上半年我区地区生产总值预计完成340亿元，同比增长10%”只给出增长率，目标为总量；增长 10%，达到目标 9.5%" },
        { "Q1", "地区生产总值", "地区生产总值达到678亿元,增长9.5%", "完成地区生产总值121.9亿元(预计数),同比增长8%。", Missed,
            "地区生产总值：完成情况“完成地区生产总值121.9亿元(预计数),同比增长8%。”只给出增长率，目标为总量；增长 8%，低于目标 9.5%，差 1.5 个百分点" },
        { "Q1", "固定资产投资", "固定资产投资达到266亿元,增长16%", "固定资产投资预计完成27.4亿元,同比增长14%。", Missed,
            "固定资产投资：完成情况“固定资产投资预计完成27.4亿元,同比增长14%。”只给出增长率，目标为总量；增长 14%，低于目标 16%，差 2 个百分点" },
        { "H1", "地區生產總值", "地區生產總值達到678億元,增長9.5%", "上半年我區地區生產總值預計完成263億元,同比增長7.5%。", Missed,
            "地区生产总值：完成情况“上半年我区地区生产总值预计完成263亿元,同比增长7.5%。”只给出增长率，目标为总量；增长 7.5%，低于目标 9.5%，差 2 个百分点" },
        { "H1", "地区生产总值", "地区生产总值达到678亿元,增长9.5%", "上半年我区地区生产总值预计完成340亿元，同比增长10%，二季度增长11%", Undetermined,
            "完成情况“上半年我区地区生产总值预计完成340亿元，同比增长10%，二季度增长11%”无法识别（第 34 个字符处：应为一个回答目标的数值；叙述中有 2 个（10%、11%），未说明是哪一个）" },
        { "H1", "城鎮居民人均可支配收入", "城鎮居民人均可支配收入3.61萬元,增長9%", "上半年我區城鎮居民人均可支配收入預計實現16728元,同比增長7.8%。", Missed,
            "完成情况“上半年我区城镇居民人均可支配收入预计实现16728元,同比增长7.8%。”只给出增长率，目标为总量；增长 7.8%，低于目标 9%，差 1.2 个百分点" },
        { "Q1", "城镇居民人均可支配收入", "城镇居民人均可支配收入3.61万元,增长9%", "城镇居民人均可支配收入预计达到8716元,增长9.1%。", Undetermined,
            "完成情况“城镇居民人均可支配收入预计达到8716元,增长9.1%。”只给出增长率，目标为总量；增长 9.1%，达到目标 9%" },

        // The verdict verb alone as the first clause (已完成。, 已达标完成。), then more prose: the month's task is done; not done
        // yet, it says nothing of the pace.
        { "M4", "为全县60岁以上老年人免费接种流感疫苗24723人。", "4月:制定并下发老年名免费接种流感疫苗工作方案。", "已完成。 已制定并下发老年名免费接种流感疫苗工作方案。", Met,
            "目标“4月:制定并下发老年名免费接种流感疫苗工作方案。”无法识别，完成情况称“已完成。 已制定并下发老年名免费接种流感疫苗工作方案。”，任务已完成" },
        { "M4", "为全县60岁以上老年人免费接种流感疫苗24723人。", "4月:制定并下发老年名免费接种流感疫苗工作方案。", "已完成；已制定并下发工作方案", Met,
            "目标“4月:制定并下发老年名免费接种流感疫苗工作方案。”无法识别，完成情况称“已完成；已制定并下发工作方案”，任务已完成" },
        { "M4", "在公共场所新增配置自动体外除颤仪47台。", "4月:公布采购意向公告。申请资产配置。制定AED点位安排表。", "已完成。 3月11日公开意向采购公告;4月27日向县财政局申请资产配置;完成全县47个点位设置。", Met,
            "目标“4月:公布采购意向公告。申请资产配置。制定AED点位安排表。”无法识别，完成情况称“已完成。 3月11日公开意向采购公告;4月27日向县财政局申请资产配置;完成全县47个点位设置。”，任务已完成" },
        { "M4", "为全县60岁以上老年人免费接种流感疫苗24723人。", "4月:制定并下发老年名免费接种流感疫苗工作方案。", "未完成。 工作方案正在制定中。", Undetermined,
            "完成情况称“未完成。 工作方案正在制定中。”：期中尚未完成全年任务不说明是否达到序时进度，应给出数值或完成比例" },
        { "M7", "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "发放标准不低于每人每月60元/月", "已达标完成。", Met, "完成情况称“已达标完成。”，视为达到目标 60 元" },
        { "M7", "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "发放标准不低于每人每月60元/月", "已达标完成", Met, "完成情况称“已达标完成”，视为达到目标 60 元" },

        // A prose target's own action reported done (已 and the target's words); not yet done or another action, nothing is read.
        { "Q1", "符合条件的义务教育段随迁子女在家长常住地100%保障入学", "公布随迁子女入(转)学政策", "进展情况:3月26日已公布随迁子女入(转)学政策。", Met,
            "目标“公布随迁子女入(转)学政策”无法识别，完成情况称“进展情况:3月26日已公布随迁子女入(转)学政策。”，任务已完成" },
        { "Q1", "符合条件的义务教育段随迁子女在家长常住地100%保障入学", "公布随迁子女入(转)学政策", "进展情况：3月26日已公布随迁子女入（转）学政策", Met,
            "目标“公布随迁子女入(转)学政策”无法识别，完成情况称“进展情况：3月26日已公布随迁子女入（转）学政策”，任务已完成" },
        { "Q1", "符合条件的义务教育段随迁子女在家长常住地100%保障入学", "公布随迁子女入(转)学政策", "进展情况:尚未公布随迁子女入(转)学政策。", Undetermined,
            $"目标“公布随迁子女入(转)学政策”无法识别（第 0 个字符处：{UnreadTarget}）；完成情况“进展情况:尚未公布随迁子女入(转)学政策。”无法识别（第 0 个字符处：{UnreadActual}）" },
        { "Q1", "符合条件的义务教育段随迁子女在家长常住地100%保障入学", "公布随迁子女入(转)学政策", "进展情况:已起草随迁子女入(转)学政策。", Undetermined,
            $"目标“公布随迁子女入(转)学政策”无法识别（第 0 个字符处：{UnreadTarget}）；完成情况“进展情况:已起草随迁子女入(转)学政策。”无法识别（第 0 个字符处：{UnreadActual}）" },

        // A standard (元/月/人) is not prorated: at mid-year it must already be reached.
        { "H1", "城市低保标准（元/月/人）", "600", "1-6月城市低保标准已达到644元/月", Met, "644 元，达到目标 600 元" },
        { "H1", "城市低保标准（元/月/人）", "600", "1-6月城市低保标准已达到400元/月", Missed, "400 元，低于目标 600 元，差 200 元" },
    };

    [Theory]
    [MemberData(nameof(InterimRows))]
    public void Evaluate_InterimProse_StateAndReason(string period, string indicator, string target, string actual, AttainmentState state, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual), null, ReportingPeriod.TryParse(period)!.Value);

        (result.State, result.Attainment.Explanation.Chinese).ShouldBe((state, reason));
    }

    public static TheoryData<string, string, string, string> WorkShareEnglish => new()
    {
        { "推进县职业中专扩容提升", "推进县职业中专扩容提升。", "22%(严重滞后)",
            "the target \"推进县职业中专扩容提升。\" could not be read; 22% of the work done, below the pro-rata 83.3333%, short by 61.3333 percentage points; the actual also says the work lags (\"22%(严重滞后)\")" },
        { "建成投用8家卫生院", "建成投用沿浦、宜山等8家卫生院", "98%",
            "建成投用沿浦、宜山等: 98% of the work done, at or above the pro-rata 83.3333%, but a share of the work does not say how many units are finished; the number finished would settle it" },
        { "建设四好农村路", "建设四好农村路55公里。", "95%(推进缓慢)",
            "95% of the year's target reached, at or above the pro-rata 83.3333% (full-year target 55 公里), but the actual \"95%(推进缓慢)\" says the work lags: the share and the remark disagree; the number of units finished would settle it" },
        { "农村饮水提质", "推进农村饮水提质(覆盖95%以上的村)", "70%",
            "the target \"推进农村饮水提质(覆盖95%以上的村)\" could not be read, and the actual \"70%\" may be the share of the task done or the indicator's own figure; a target with its figure would settle it" },
        { "提高困难残疾人生活补贴和重度残疾人护理补贴发放标准", "发放标准不低于每人每月60元/月", "80%",
            "the actual \"80%\" may be the share of the task done (short of it) or the rise of the standard of 60 元 (no previous standard given); the standard's figure would settle it" },
    };

    [Theory]
    [MemberData(nameof(WorkShareEnglish))]
    public void Evaluate_WorkShare_EnglishReasonSaysWhatSettlesIt(string indicator, string target, string actual, string reason)
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", indicator, target, actual), null, ReportingPeriod.TryParse("M10")!.Value);

        result.Attainment.Explanation.English.ShouldBe(reason);
    }

    [Fact]
    public void Evaluate_ProseActual_FlaggedWithWhereTheFigureStarts()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "新增养老床位", "250张", "新增378张养老床位,建设进展顺利。"));

        result.Diagnostics.ShouldBe([new Diagnostic(DiagnosticSeverity.Warning, $"actual_text, position 2: {ProseWarning} in '新增378张养老床位,建设进展顺利。'", "actual_text")]);
    }

    [Fact]
    public void Evaluate_TaskShareUnderAnUnreadTarget_TheTargetIsAWarningAndTheEnglishSaysWhy()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "稳就业专项行动：技能提升培训", "稳就业专项行动", "开展技能提升培训10万人次,完成任务目标的55.6%"),
            null, ReportingPeriod.TryParse("H1")!.Value);

        result.State.ShouldBe(Met);
        result.Attainment.Explanation.English.ShouldBe("the target \"稳就业专项行动\" could not be read; 55.6% of the year's task done, at or above the pro-rata 50%");
        result.Diagnostics.Select(d => (d.Severity, d.Column)).ShouldBe([(DiagnosticSeverity.Warning, "target_text"), (DiagnosticSeverity.Warning, "actual_text")]);
    }

    [Fact]
    public void Evaluate_TaskShareAtYearEnd_BelowTheWholeTaskIsMissed()
    {
        var result = new PlanEvaluator().EvaluateRow(new PlanRow(1, "1", "", "农村公路改造提升项目", "农村公路改造提升项目", "全年完成投资3.2亿元,完成年计划的97%"));

        (result.State, result.Attainment.Explanation.Chinese, result.Attainment.Explanation.English).ShouldBe((Missed,
            "目标“农村公路改造提升项目”无法识别，完成年度任务的 97%，任务未完成，差 3 个百分点",
            "the target \"农村公路改造提升项目\" could not be read; 97% of the year's task done, the task is not done: short by 3 percentage points"));
    }

    [Fact]
    public void ParseForTarget_StrictTextReadsAsBefore_NothingSkipped()
    {
        var read = ObservationParser.ParseForTarget("新增378张", "新增养老床位", "actual_text", Target.AtLeast(250, TargetRules.Quantities.Unit.Count("张")));

        (read.IsSuccess, read.Skipped, ObservationParser.Parse("新增378张养老床位").IsSuccess).ShouldBe((true, null, false));
    }
}
