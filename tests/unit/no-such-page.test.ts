import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NoSuchPage } from "@/components/no-such-page";
import { isPastTheLast, pageCountOf } from "@/lib/search/page-count";

const html = (page: number, pageCount: number) => renderToStaticMarkup(createElement(NoSuchPage, { page, pageCount, firstHref: "/cases", lastHref: `/cases?page=${pageCount}` }));

describe("a page past the last of a list", () => {
  it("links to the last page and to the first", () => {
    expect(html(99, 3)).toBe('<p>There is no page 99: the results fit on 3 pages. Go to <a href="/cases?page=3">the last page, page 3</a>, or to <a href="/cases">the first page</a>.</p>');
  });

  it("links to the first page alone where it is the last", () => {
    expect(html(2, 1)).toBe('<p>There is no page 2: the results fit on 1 page. Go to <a href="/cases">the first page</a>.</p>');
  });

  it("is a page after the last of a list that holds something; an empty list has its one page, empty, whatever is asked", () => {
    expect([pageCountOf(0, 20), pageCountOf(20, 20), pageCountOf(21, 20)]).toEqual([1, 1, 2]);
    expect([isPastTheLast(2, 21, 20), isPastTheLast(3, 21, 20), isPastTheLast(2, 0, 20)]).toEqual([false, true, false]);
  });
});
