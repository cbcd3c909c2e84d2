package org.paniercommun.ordering;

import java.math.BigDecimal;
import java.util.List;
import org.paniercommun.fund.FundRules;
import org.paniercommun.pricing.LineAmount;

/**
 * What a household's order form shows before it is sent: the goods total (each line at the household's price,
 * rounded like {@link OrderService} rounds it), the reduction asked from the solidarity fund (the rate of that total,
 * within the antenna's cap, as {@link FundRules} computes it), the coupons, and the amount to pay at pickup. The same
 * rules the server applies when it saves the order, so the figures before and after sending agree (unless the fund
 * cannot give the rate asked, which the saved order then says). The page's script mirrors this for live totals.
 */
record OrderTotals(int products, long goodsCents, long fundReductionCents, long couponsCents,
        long amountToPayCents) {

    /** A chosen product: its unit price for the household and the quantity typed. */
    public record Line(long unitPriceCents, BigDecimal quantity) {
    }

    /**
     * @param fundRatePercent the reduction asked (10, 20, 30) or null
     * @param fundCapCents the antenna's cap per household and round, or null
     * @param coupons 1 € coupons added to the order
     */
    public static OrderTotals of(List<Line> lines, Integer fundRatePercent, Long fundCapCents, int coupons) {
        long goods = 0;
        int products = 0;
        for (Line line : lines) {
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                continue;
            }
            products++;
            goods = Math.addExact(goods, LineAmount.of(line.unitPriceCents(), line.quantity()));
        }
        long reduction = fundRatePercent == null || fundRatePercent <= 0 ? 0
                : FundRules.reduction(goods, fundRatePercent, fundCapCents);
        long couponCents = OrderFigures.contributionsCents(Math.max(0, coupons), 0, 0);
        return new OrderTotals(products, goods, reduction, couponCents,
                OrderFigures.amountToPay(goods, reduction, couponCents));
    }

    /** The figures of a saved order: what the server granted. */
    public static OrderTotals of(Order order) {
        long coupons = OrderFigures.contributionsCents(order.couponCount, 0, 0);
        return new OrderTotals(order.lines.size(), order.totalCents, order.fundReductionCents, coupons,
                OrderFigures.amountToPay(order.totalCents, order.fundReductionCents, coupons));
    }
}
