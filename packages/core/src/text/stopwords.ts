/** Function words left out of keywords (a short list: TF-IDF already discounts common words). */
export const STOPWORDS_ZH: ReadonlySet<string> = new Set(
  '的 了 是 我 你 他 她 它 我们 你们 他们 也 都 就 还 在 和 与 及 又 有 没 不 很 太 非常 这 那 这个 那个 一个 什么 怎么 吧 吗 呢 啊 呀 哦 嗯 给 把 被 让 对 说 要 会 能 可以 到 从 但 但是 而且 就是 还是 已经 一下 一直 真的 比较 挺 特别 感觉 觉得 东西 这次 下次 以后 时候 之后 然后 因为 所以 如果 虽然'.split(
    ' ',
  ),
);

/** English function words left out of keywords. */
export const STOPWORDS_EN: ReadonlySet<string> = new Set(
  "the a an and or but if then so to of in on at for with by from as is are was were be been being it its this that these those i me my we our you your he she they them their his her not no very too just also there here what which who when where how all any some can could would should will did do does had has have about after again than only into out up down over more most such one two our i'm it's".split(
    ' ',
  ),
);
