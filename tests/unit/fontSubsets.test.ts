import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ranges from "@fontsource/noto-sans-sc/unicode.json";
import { subsetsFor } from "../../lib/charts/fontSubsets";

describe("subsetsFor", () => {
  const toy = { latin: "U+0000-00FF", "[1]": "U+4e00-4e8f,U+5e73", "[2]": "U+57ce" };

  it("picks the slices whose unicode-range holds each character", () => {
    expect(subsetsFor("平城 2023", toy)).toEqual({ subsets: ["[1]", "[2]", "latin"], uncovered: [] });
  });

  it("names the characters no slice covers", () => {
    expect(subsetsFor("平区", toy)).toEqual({ subsets: ["[1]"], uncovered: ["区"] });
  });

  it("ignores white space", () => {
    expect(subsetsFor(" \n\t", toy)).toEqual({ subsets: [], uncovered: [] });
  });
});

describe("the npm-shipped font covers everything the images may draw", () => {
  // Link previews and chart images draw names, units, figures, excerpts, notes and the source title:
  // all of it comes from data/ or from these fixed words. An uncovered character would make next/og
  // reach for a font download, which fails on a machine without internet.
  const dataDir = path.join(process.cwd(), "data");
  const text =
    fs.readdirSync(dataDir).filter((f) => f.endsWith(".csv")).map((f) => fs.readFileSync(path.join(dataDir, f), "utf8")).join("") +
    "平城区发展目标进展 · 领域 已公布的结果 来源未公布 目标：到年 进展：目标进展 每个数字附原文出处 已达到目标的% 单位：● 实际结果　◇ 目标（虚线为目标路径） 来源：《》 本页： 数据更新于年月日，版本 " +
    "第前位 以上 超过 左右 不超过 低于 优于 万 –—— 已实现 进展顺利 进度落后 已到期，结果未公布 未到期 缺少起点数据 0123456789.abcdefghijklmnopqrstuvwxyz:/-";

  it("every character has a slice in @fontsource/noto-sans-sc", () => {
    expect(subsetsFor(text, ranges).uncovered).toEqual([]);
  });
});
