using VocEd.Generator.Randomness;

namespace VocEd.Generator.People;

/// <summary>Plausible random Chinese names from common surnames and given-name characters.</summary>
internal static class ChineseNames
{
    private const string _surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string _maleChars = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文博豪晨轩睿泽瑞航昊然铭皓宏";
    private const string _femaleChars = "芳娜敏静丽艳娟霞燕玲婷雪慧颖琳洁梅莉倩欣怡佳悦琪晶蕾薇婧璐瑶涵萱彤妍嘉雨思诗梦琦菲岚月晓";

    public static string Next(ref Prng rng, bool male)
    {
        var given = male ? _maleChars : _femaleChars;
        var surname = _surnames[rng.Next(_surnames.Length)];
        return rng.Chance(0.7)
            ? string.Create(3, (surname, given[rng.Next(given.Length)], given[rng.Next(given.Length)]), static (s, v) => (s[0], s[1], s[2]) = v)
            : string.Create(2, (surname, given[rng.Next(given.Length)]), static (s, v) => (s[0], s[1]) = v);
    }
}
